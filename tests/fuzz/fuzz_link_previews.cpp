// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Link-preview JSON as Signal stores it in message.link_previews: the input is the column's
// text. It goes through the importer (SignalModelBuilder) and then through everything the
// enrichment does with a stored preview (LinkClassifier, PreviewReader). The tables around it
// are fixed and held in memory, so each input costs only what the preview itself costs.
#include "FuzzSupport.h"
#include "MemoryTableReader.h"

#include "common/JobContext.h"
#include "enrich/LinkClassifier.h"
#include "enrich/PreviewReader.h"
#include "import/ImportOptions.h"
#include "import/SignalModelBuilder.h"

using namespace idiolect;
using namespace idiolect::fuzz;
using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxChars = 280;

/** Enrichment text is capped and never ends inside a surrogate pair. */
void checkBounded(const QString &text)
{
    check(text.size() <= kMaxChars, "enrichment text longer than its bound");
    check(text.isEmpty() || !text.back().isHighSurrogate(), "text cut inside a surrogate pair");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString json = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    MemoryTableReader recipients(u"recipient"_s, {u"_id"_s, u"blocked"_s, u"aci"_s},
                                 {{1, 0, u"a"_s}, {2, 0, u"b"_s}});
    MemoryTableReader threads(u"thread"_s, {u"_id"_s, u"recipient_id"_s, u"meaningful_messages"_s},
                              {{1, 2, 1}});
    MemoryTableReader messages(u"message"_s,
                               {u"_id"_s, u"date_sent"_s, u"date_received"_s, u"thread_id"_s,
                                u"from_recipient_id"_s, u"to_recipient_id"_s, u"type"_s, u"body"_s,
                                u"link_previews"_s},
                               {{1, 1700000000000LL, 1700000000500LL, 1, 1, 2, 10485783LL,
                                 u"look https://x.com/someone/status/12345"_s, json}});
    ImportOptions options;
    SignalModelBuilder builder(options, JobContext::detached());
    check(builder.read(SignalTableKind::Recipient, recipients).ok(), "recipients");
    check(builder.read(SignalTableKind::Thread, threads).ok(), "threads");
    check(builder.read(SignalTableKind::Message, messages).ok(), "messages");
    const auto result = builder.finish();
    check(result.hasValue(), "a valid export with any link_previews text must import");
    const ChatExport &ex = **result;
    checkExport(ex);
    for (const LinkPreview &preview : ex.messages.allLinkPreviews()) {
        check(!preview.url.isEmpty(), "a stored preview without a url");
        (void)PreviewReader::isGenericTwitterPage(preview);
        if (const auto page = PreviewReader::page(preview, kMaxChars))
            checkBounded(page->description);
        if (const auto link = LinkClassifier::classify(preview.url)) {
            if (const auto tweet = PreviewReader::tweet(preview, *link, kMaxChars))
                checkBounded(tweet->text);
        }
        for (const ExtractedLink &link : LinkClassifier::extract(preview.description)) {
            check(link.start >= 0 && link.start + link.length <= preview.description.size(),
                  "a link span outside the description");
        }
    }
    return 0;
}

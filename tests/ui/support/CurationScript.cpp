// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CurationScript.h"

#include "project/Session.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace idiolect::test {

void CurationScript::apply(Session &session, int n)
{
    const int threads = int(session.chatExport()->threads.size());
    switch (n % 6) {
    case 0:
        session.setDecisions(
            {{u"example-%1"_s.arg(n * 7 % 400),
              ReviewDecision{
                  n % 12 == 0 ? ReviewStatus::Accepted : ReviewStatus::Rejected, false, {}}}});
        break;
    case 1: {
        // An edit; every 25th one is a pasted 200 KB text that makes its save slow.
        const int repeat = n % 25 == 1 ? 20000 : 1 + n % 300;
        session.setDecisions({{u"example-%1"_s.arg(n % 150),
                               ReviewDecision{ReviewStatus::Accepted, true,
                                              u"edit %1, "_s.arg(n).repeated(repeat)}}});
        break;
    }
    case 2: session.setThreadsIncluded({n % threads}, (n / 6) % 2 == 0); break;
    case 3: {
        DateRange range;
        range.preset = n % 4 == 3 ? DateRange::Preset::Custom : DateRange::Preset::Last2Years;
        if (range.preset == DateRange::Preset::Custom)
            range.from = QDate(2021, 1, 1).addDays(n % 90);
        session.setDateRange(range);
        session.setExportOptions(
            {{u"format"_s, n % 2 ? u"sharegpt"_s : u"messages"_s}, {u"validate"_s, true}});
        break;
    }
    case 4: {
        PrivacyChoices choices = session.state().privacy;
        choices.pseudonyms.insert(u"Name %1"_s.arg(n % 40), u"Pseudonym %1"_s.arg(n));
        choices.allowList.append(u"word%1"_s.arg(n));
        choices.hitStatus.insert(u"hit-%1"_s.arg(n % 60),
                                 n % 8 == 4 ? u"ignored"_s : u"accepted"_s);
        session.setPrivacyChoices(choices);
        break;
    }
    default:
        // Back to "pending": the decision row must disappear from the file too.
        session.setDecisions({{u"example-%1"_s.arg((n - 5) * 7 % 400), ReviewDecision{}}});
        break;
    }
    session.setGenerationSettings({{u"step"_s, n}, {u"windowSize"_s, 3 + n % 7}});
}

} // namespace idiolect::test

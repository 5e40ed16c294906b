// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetWriter.h"

#include "DatasetInfo.h"
#include "ExampleRenderer.h"
#include "Gzip.h"
#include "JsonWriter.h"
#include "RecordEncoder.h"
#include "common/ComputePool.h"
#include "common/JobContext.h"
#include "common/SafeWrite.h"
#include "generation/Example.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <future>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr size_t kChunk = 2048;
constexpr qsizetype kRowBytesGuess = 768;

struct ChunkOut
{
    QByteArray bytes;
    std::vector<ValidationIssue> issues;
    qint64 written = 0;
    qint64 invalid = 0;
};

struct Plan
{
    const std::vector<Example> &examples;
    const ExampleRenderer &renderer;
    const TextLayer &layer;
    const DatasetWriteOptions &options;
    DatasetPath path;
    MetadataLevel metadata = MetadataLevel::Compact;
    bool checkInline = false; ///< Validate while encoding (JSONL).
    std::vector<char> skip; ///< Known invalid examples (JSON document, after a validation pass).
    std::vector<qint64>
        writtenBefore; ///< Per chunk: rows written by earlier chunks (JSON document).
};

ChunkOut encodeChunk(const Plan &plan, size_t chunk)
{
    ChunkOut out;
    const size_t begin = chunk * kChunk;
    const size_t end = std::min(plan.examples.size(), begin + kChunk);
    out.bytes.reserve(qsizetype(end - begin) * kRowBytesGuess);
    const bool document = plan.path.container == DatasetContainer::Json;
    const DatasetFormat format = plan.renderer.options().format;
    for (size_t i = begin; i < end; ++i) {
        if (!plan.skip.empty() && plan.skip[i])
            continue;
        const Example &e = plan.examples[i];
        const RenderedExample rendered = plan.renderer.render(e);
        if (plan.checkInline) {
            QStringList problems = DatasetValidator::checkMetadata(e);
            problems += DatasetValidator::check(rendered, format);
            if (!problems.isEmpty()) {
                for (const QString &p : problems)
                    out.issues.push_back({qint64(i), -1, e.idString(), p});
                ++out.invalid;
                continue;
            }
        }
        if (document)
            out.bytes.append(out.written + plan.writtenBefore[chunk] > 0 ? ",\n" : "\n");
        JsonWriter json(out.bytes);
        RecordEncoder::encode(json, rendered, e, plan.layer, format, plan.metadata);
        if (!document)
            out.bytes.append('\n');
        ++out.written;
    }
    if (plan.path.gzip && !out.bytes.isEmpty())
        out.bytes = Gzip::compress(out.bytes, plan.options.compressionLevel);
    return out;
}

QString createdAt(const DatasetWriteOptions &options)
{
    const QDateTime at
        = options.createdAt.isValid() ? options.createdAt : QDateTime::currentDateTimeUtc();
    return at.toUTC().toString(Qt::ISODate);
}

QByteArray documentHeader(const DatasetWriteOptions &options, qint64 total)
{
    QByteArray head;
    JsonWriter json(head);
    json.beginObject();
    json.key("version");
    json.value("1.0");
    json.key("created_at");
    json.value(QStringView(createdAt(options)));
    json.key("format");
    json.value(QStringView(datasetFormatName(options.render.format)));
    json.key("total_examples");
    json.value(total);
    json.key("examples");
    head.append('[');
    return head;
}

QByteArray documentTrailer(const DatasetWriteOptions &options)
{
    QByteArray tail = "\n]";
    if (!options.styleAnalysis.isEmpty()) {
        tail.append(",\"style_analysis\":");
        tail.append(QJsonDocument(options.styleAnalysis).toJson(QJsonDocument::Compact));
    }
    if (!options.runInfo.isEmpty()) {
        tail.append(",\"run\":");
        tail.append(QJsonDocument(options.runInfo).toJson(QJsonDocument::Compact));
    }
    tail.append("}\n");
    return tail;
}

Error invalidError(const ValidationReport &report, const QString &path)
{
    Error e = Error::make(ErrorCode::Invalid,
                          DatasetWriter::tr("%1 of %2 examples are invalid; nothing was written.")
                              .arg(report.invalidExamples)
                              .arg(report.checked),
                          path);
    e.hint = report.lines(10).join(u"; "_s);
    return e;
}

Expected<QString> writeSidecar(const DatasetWriteOptions &options, qint64 total)
{
    const QString path = DatasetPath::baseName(options.path) + u".style.json"_s;
    QJsonObject root{{u"version"_s, u"1.0"_s},
                     {u"created_at"_s, createdAt(options)},
                     {u"data_file"_s, QFileInfo(options.path).fileName()},
                     {u"format"_s, datasetFormatName(options.render.format)},
                     {u"total_examples"_s, total},
                     {u"style_analysis"_s, options.styleAnalysis}};
    if (!options.runInfo.isEmpty())
        root.insert(u"run"_s, options.runInfo);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeFully(file, QJsonDocument(root).toJson())
        || !commitSaveFile(file))
        return Error::make(
            ErrorCode::WriteFailed,
            DatasetWriter::tr("Cannot write the style sidecar: %1").arg(file.errorString()), path);
    return path;
}

} // namespace

Expected<DatasetWriteResult> DatasetWriter::write(const std::vector<Example> &examples,
                                                  const TextLayerPtr &layer,
                                                  const DatasetWriteOptions &options,
                                                  JobContext &job)
{
    const std::optional<DatasetPath> path = DatasetPath::fromPath(options.path);
    if (!path) {
        Error e = Error::make(ErrorCode::InvalidValue,
                              tr("The output file must end in .json, .jsonl, .json.gz or "
                                 ".jsonl.gz."),
                              options.path);
        e.hint = tr("The extension picks the container: .jsonl for trainers, .json for one "
                    "document with the style analysis.");
        return e;
    }
    if (examples.empty()) {
        // An empty file is no dataset: every trainer (and validate) refuses it, and an earlier
        // file of the same name would be replaced by nothing.
        Error e
            = Error::make(ErrorCode::Invalid,
                          tr("There are no examples to write; nothing was written."), options.path);
        e.hint = tr("Choose more chats, a longer time span or a lower minimum length, or accept "
                    "some examples.");
        return e;
    }
    if (options.writeDatasetInfo && (path->container != DatasetContainer::Jsonl || path->gzip)) {
        Error e = Error::make(ErrorCode::InvalidValue,
                              tr("dataset_info.json can only register a plain .jsonl file."),
                              options.path);
        e.hint = tr("LLaMA-Factory picks the loader from the extension and cannot read .gz or "
                    "the .json document; write a .jsonl file.");
        return e;
    }
    if (options.writeDatasetInfo && options.render.burstTurns == BurstTurns::Separate
        && options.render.format == DatasetFormat::Messages) {
        Error e = Error::make(ErrorCode::InvalidValue,
                              tr("dataset_info.json cannot register a file with separate burst "
                                 "turns."),
                              options.path);
        e.hint = tr("LLaMA-Factory skips every row whose turns do not alternate between user and "
                    "assistant, and separate turns put several of your messages in a row. Merge "
                    "bursts into one turn, or leave out dataset_info.json (OpenAI and Axolotl "
                    "read the turn weights).");
        return e;
    }
    DatasetWriteResult result;
    result.path = options.path;
    if (options.render.burstTurns == BurstTurns::Separate
        && options.render.format != DatasetFormat::Messages)
        result.warnings.append(tr("Separate burst turns need the messages format; bursts were "
                                  "merged into one turn."));
    const ExampleRenderer renderer(layer, options.render);
    const MetadataLevel metadata = options.metadata.value_or(
        path->container == DatasetContainer::Json ? MetadataLevel::Full : MetadataLevel::Compact);
    Plan plan{examples, renderer, *layer, options, *path, metadata, false, {}, {}};
    const size_t chunks = (examples.size() + kChunk - 1) / kChunk;
    plan.writtenBefore.assign(chunks, 0);
    qint64 total = qint64(examples.size());

    if (path->container == DatasetContainer::Json) {
        if (options.validate) {
            auto report = DatasetValidator::validate(examples, renderer, job);
            if (!report)
                return report.error();
            result.validation = std::move(*report);
            if (!result.validation.ok() && !options.dropInvalid)
                return invalidError(result.validation, options.path);
            plan.skip.assign(examples.size(), 0);
            for (const ValidationIssue &issue : result.validation.issues)
                plan.skip[size_t(issue.example)] = 1;
            total -= result.validation.invalidExamples;
            result.invalidDropped = result.validation.invalidExamples;
        }
        qint64 running = 0;
        for (size_t c = 0; c < chunks; ++c) {
            plan.writtenBefore[c] = running;
            for (size_t i = c * kChunk; i < std::min(examples.size(), (c + 1) * kChunk); ++i)
                running += plan.skip.empty() || !plan.skip[i] ? 1 : 0;
        }
    } else {
        plan.checkInline = options.validate;
    }

    QSaveFile file(options.path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::WriteFailed,
                           tr("Cannot write the dataset: %1").arg(file.errorString()),
                           options.path);
    const auto put = [&](const QByteArray &bytes) {
        if (!writeFully(file, bytes))
            return false;
        result.bytes += bytes.size();
        return true;
    };
    const auto compressed = [&](const QByteArray &bytes) {
        return path->gzip ? Gzip::compress(bytes, options.compressionLevel) : bytes;
    };
    bool ok = true;
    if (path->container == DatasetContainer::Json)
        ok = put(compressed(documentHeader(options, total)));

    // Batches of chunks are encoded on the pool while the previous batch is written to the
    // file on a thread of its own, so the write system calls overlap the encoding.
    const size_t batch = size_t(std::max(2, QThreadPool::globalInstance()->maxThreadCount() * 2));
    std::vector<size_t> ids;
    std::future<bool> writing;
    const auto finishWriting = [&writing] { return !writing.valid() || writing.get(); };
    for (size_t first = 0; ok && first < chunks; first += batch) {
        if (job.isCanceled()) {
            finishWriting();
            file.cancelWriting();
            return Error::canceled();
        }
        ids.resize(std::min(batch, chunks - first));
        std::iota(ids.begin(), ids.end(), first);
        auto outs
            = std::make_shared<const QList<ChunkOut>>(QtConcurrent::blockingMapped<QList<ChunkOut>>(
                ComputePool::instance(), ids, [&plan](size_t c) { return encodeChunk(plan, c); }));
        ok = finishWriting();
        for (const ChunkOut &out : *outs) {
            result.bytes += out.bytes.size();
            result.written += out.written;
            result.validation.invalidExamples += out.invalid;
            result.validation.issues.insert(result.validation.issues.end(), out.issues.begin(),
                                            out.issues.end());
        }
        if (ok)
            writing = std::async(std::launch::async, [&file, outs] {
                for (const ChunkOut &out : *outs) {
                    if (!writeFully(file, out.bytes))
                        return false;
                }
                return true;
            });
        job.setProgress(qint64(first + ids.size()), qint64(chunks));
    }
    ok = finishWriting() && ok;
    if (ok && path->container == DatasetContainer::Json)
        ok = put(compressed(documentTrailer(options)));
    if (!ok) {
        file.cancelWriting();
        return Error::make(ErrorCode::WriteFailed,
                           tr("Cannot write the dataset: %1").arg(file.errorString()),
                           options.path);
    }
    if (plan.checkInline) {
        result.validation.checked = qint64(examples.size());
        if (!result.validation.ok() && !options.dropInvalid) {
            file.cancelWriting();
            return invalidError(result.validation, options.path);
        }
        result.invalidDropped = result.validation.invalidExamples;
    }
    if (!commitSaveFile(file))
        return Error::make(ErrorCode::WriteFailed,
                           tr("Cannot write the dataset: %1").arg(file.errorString()),
                           options.path);

    if (path->container == DatasetContainer::Jsonl && options.styleSidecar
        && !options.styleAnalysis.isEmpty()) {
        auto sidecar = writeSidecar(options, result.written);
        if (!sidecar)
            return sidecar.error();
        result.sidecarPath = *sidecar;
    }
    if (options.writeDatasetInfo) {
        auto info = DatasetInfo::write(options.path, options.datasetName, options.render.format,
                                       !options.render.systemPrompt.isEmpty());
        if (!info)
            return info.error();
        result.datasetInfoPath = *info;
    }
    return result;
}

} // namespace idiolect

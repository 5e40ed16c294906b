// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportPreview.h"

#include "JsonIndenter.h"
#include "common/JobContext.h"
#include "export/ExampleRenderer.h"
#include "export/JsonWriter.h"
#include "export/RecordEncoder.h"
#include "generation/GenerationResult.h"

namespace idiolect {

Expected<ExportPreview::Result> ExportPreview::run(const Params &params, JobContext &job)
{
    Result out;
    if (!params.result || !params.layer)
        return out;
    const std::vector<Example> &examples = params.result->examples;
    const std::vector<quint32> rows
        = ExportSelection::rows(examples, params.decisions, params.scope);
    if (job.isCanceled())
        return Error::canceled();
    out.selected = qint64(rows.size());
    out.total = qint64(examples.size());
    const ExampleRenderer renderer(params.layer, params.render);
    for (size_t i = 0; i < rows.size() && i < size_t(std::max(0, params.rows)); ++i) {
        Example example = examples[rows[i]];
        if (const ReviewDecision d = params.decisions.value(example.idString()); d.isEdited())
            example.outputOverride = d.editedOutput;
        QByteArray bytes;
        JsonWriter json(bytes);
        RecordEncoder::encode(json, renderer.render(example), example, *params.layer,
                              params.render.format, params.metadata);
        out.rows.append(JsonIndenter::indent(bytes));
    }
    return out;
}

} // namespace idiolect

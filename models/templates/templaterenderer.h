#pragma once

#include "templatesyntax.h"
#include "templatevalue.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Atrium {

struct TemplateOptions {
    /// fetch:template's cookiecutterCompat: `{{ }}` instead of `${{ }}`, and the `jsonify` filter.
    bool cookiecutterCompat = false;
    /// fetch:template's nunjucksConfigs.
    bool trimBlocks = false;
    bool lstripBlocks = false;
    /// Bounds that keep a hostile template from exhausting the machine; exceeding one is an error.
    qsizetype maxOutputSize = 16 * 1024 * 1024;
    qint64 maxLoopIterations = 1'000'000;
};

struct TemplateResult {
    QString output;
    std::optional<TemplateError> error;
};

/// Renders nunjucks templates exactly as Backstage's scaffolder configures nunjucks (autoescape off, `${{ }}` for
/// variables; see docs/templating.md). Pure: the same source and context give the same bytes, and every failure
/// comes back as a TemplateError in nunjucks' words, never as an exception.
class TemplateRenderer {
public:
    static TemplateResult render(QStringView source, const TemplateValue& context, const TemplateOptions& options = {});
};

} // namespace Atrium

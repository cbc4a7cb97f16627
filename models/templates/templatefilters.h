#pragma once

#include "templatesyntax.h"
#include "templatevalue.h"

#include <QString>

namespace Atrium {

/// An error while a template runs, worded as nunjucks words it ("Error: …", "TypeError: …"). Thrown inside the
/// engine only; TemplateRenderer turns it into a TemplateError.
struct TemplateRuntimeFailure {
    QString message;
    /// The failure in the words of Backstage's renderer, where Atrium knows them.
    std::optional<NunjitsuWording> nunjitsu = {};
};

/// nunjucks' built-in filters, Backstage's scaffolder filters (parseRepoUrl, parseEntityRef, pick, projectSlug) and,
/// with cookiecutterCompat, `jsonify`. Each is a pure function of its input and arguments.
namespace TemplateFilters {

bool exists(const QString& name, bool cookiecutterCompat);
/// The key that marks nunjucks' keyword-argument object ("__keywords").
QString keywordMarker();
/// Applies filter @p name; throws TemplateRuntimeFailure.
TemplateValue apply(const QString& name, const TemplateValue& input, const QList<TemplateValue>& arguments);

/// nunjucks' tests (`is defined`, `is odd`…); throws TemplateRuntimeFailure for an unknown test.
bool test(const QString& name, const TemplateValue& input, const QList<TemplateValue>& arguments);

} // namespace TemplateFilters

} // namespace Atrium

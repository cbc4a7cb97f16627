#pragma once

#include "catalog/entity.h"
#include "catalog/problem.h"
#include "templatevalue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Atrium {

class YamlDocument;

/// One page of a template's form: a JSON Schema object (draft 7) with Backstage's `ui:*` hints inside it.
struct TemplateParameterPage {
    QString title;
    QString description;
    /// Read from YAML, every object with `properties` also holds propertyOrderKey(): the property names in the
    /// order they are written, which the form follows (JSON Schema keywords that Atrium does not know are ignored
    /// by the validator).
    QJsonObject schema;

    static QString propertyOrderKey() { return QStringLiteral("x-atrium-property-order"); }
};

/// One step of `spec.steps`, as written: inputs, `if` and `each` still hold their `${{ }}` expressions. Objects in
/// `input` and `each` keep the order their keys are written in (Backstage's scaffolder keeps it, and it shows in
/// `dump`, in `{% for k, v in obj %}` and in catalog:write's YAML).
struct TemplateStep {
    QString id;
    QString name;
    QString action;
    TemplateValue input; ///< an object (empty when the step has none)
    QJsonValue condition; ///< `if`; undefined when absent
    TemplateValue each; ///< undefined when absent
    /// The action runs only on a Backstage backend (publish:*, catalog:register, github:*…); a local run stops
    /// before it.
    bool needsBackend = false;
};

/// A `scaffolder.backstage.io/v1beta3` Template read for running: its form pages, steps, output and presentation,
/// and what is wrong with them beyond the kind's schema (which the catalog's validation checks).
struct TemplateDefinition {
    QString ref;
    QString name;
    QString title; ///< metadata.title, else the name
    QString description;
    QString type; ///< spec.type
    QString owner; ///< spec.owner as written
    QStringList tags;
    QList<TemplateParameterPage> pages; ///< spec.parameters: one object is one page
    QList<TemplateStep> steps;
    TemplateValue output; ///< spec.output (links, text) as an object in written key order
    QJsonObject presentation; ///< spec.presentation
    QString file; ///< where it was read from ("" for a template from a backend)
    Problems problems;

    bool needsBackend() const;
};

class TemplateDefinitionReader {
    Q_DECLARE_TR_FUNCTIONS(Atrium::TemplateDefinitionReader)
public:
    /// Reads @p descriptor. Problems name @p file and, when @p document (the YAML it was read from) is given, the
    /// line and column of the field; otherwise the document's start @p position.
    static TemplateDefinition read(const QJsonObject& descriptor, const QString& file = {},
                                   const YamlDocument* document = nullptr, SourcePosition position = {});
    /// Reads a template entity of a snapshot, re-reading its file for the positions of problems.
    static TemplateDefinition read(const Entity& entity);

    /// Replaces @p definition's pages with those of a backend's parameter-schema answer (@p json, the body as sent:
    /// `{title, description, steps: [{title, description, schema}]}`), keeping the order the properties are written
    /// in. False with @p error set when it is not such an answer; @p definition is then unchanged.
    static bool applyParameterSchema(TemplateDefinition& definition, const QByteArray& json, QString* error);

    /// The actions Atrium runs itself (the rest need a backend).
    static bool runsLocally(QStringView action);
};

} // namespace Atrium

#pragma once

#include "entityvalidator.h"

#include <QAnyStringView>
#include <QCoreApplication>
#include <QJsonValue>

// Internal helpers shared by entityvalidator.cpp and builtinrelations.cpp; not part of the public API.
namespace Atrium::Validation {

/// The translation context of every validation message.
class Messages {
    Q_DECLARE_TR_FUNCTIONS(Atrium::EntityValidator)
};

/// A location inside the document, built on the stack while walking it; turned into a QStringList
/// only when there is something to report, so valid entities cost no allocations for paths.
/// The keys are views: whatever they point at must outlive the Path.
struct Path {
    const Path* parent = nullptr;
    QAnyStringView key;
    qsizetype index = -1;

    Path child(QAnyStringView childKey) const { return Path { this, childKey, -1 }; }
    Path at(qsizetype childIndex) const { return Path { this, {}, childIndex }; }

    QStringList toList() const
    {
        QStringList list;
        for (const Path* p = this; p && p->parent; p = p->parent)
            list.prepend(p->index >= 0 ? QString::number(p->index) : p->key.toString());
        return list;
    }
    QString toString() const { return validationPathToString(toList()); }
};

/// Collects issues while checking types the way the JSON schemas (ajv) do.
class Reporter {
public:
    explicit Reporter(ValidationIssues& issues)
        : m_issues(issues)
    {
    }

    void error(const Path& path, QString message, bool atKey = false);
    /// A required field is absent; reported on its parent, where it should be added.
    void missing(const Path& parent, QAnyStringView key, QStringView requiredBy = {});
    void wrongType(const QJsonValue& value, const Path& path, const QString& expected);

    /// {type: string} (with minLength: 1 when @p nonEmpty); false when the value is not usable as one.
    bool string(const QJsonValue& value, const Path& path, bool nonEmpty);
    /// The same, and hands the string to @p text (when it is one), so a caller that needs it does not
    /// convert the value a second time: every QJsonValue::toString() allocates.
    bool string(const QJsonValue& value, const Path& path, bool nonEmpty, QString& text);
    bool object(const QJsonValue& value, const Path& path);
    bool array(const QJsonValue& value, const Path& path);
    void stringOrBoolean(const QJsonValue& value, const Path& path);

    /// "a string", "a number", "a list", "a mapping"... for messages.
    static QString describeType(const QJsonValue& value);

private:
    ValidationIssues& m_issues;
};

} // namespace Atrium::Validation

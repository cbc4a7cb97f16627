#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atrium {

/// A Kubernetes label selector in its string form, as `backstage.io/kubernetes-label-selector` and
/// `argocd/app-selector` write it: requirements separated by commas, all of which must hold —
/// `key=value`, `key==value`, `key!=value`, `key in (a, b)`, `key notin (a, b)`, `key` (exists), `!key`.
class LabelSelector {
    Q_DECLARE_TR_FUNCTIONS(Atrium::LabelSelector)
public:
    /// nullopt, with why in @p error, when @p text is not a selector.
    static std::optional<LabelSelector> parse(const QString& text, QString* error = nullptr);

    bool matches(const QMap<QString, QString>& labels) const;
    bool isEmpty() const { return m_requirements.isEmpty(); }
    /// The selector as written, for messages.
    QString text() const { return m_text; }

private:
    struct Requirement {
        enum class Operator { Equals, NotEquals, In, NotIn, Exists, DoesNotExist };
        QString key;
        Operator op = Operator::Exists;
        QStringList values;
    };
    QList<Requirement> m_requirements;
    QString m_text;
};

} // namespace Atrium

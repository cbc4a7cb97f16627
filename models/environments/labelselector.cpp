#include "labelselector.h"

#include <QRegularExpression>

namespace Atrium {

namespace {

/// Splits at commas outside parentheses: `a in (x, y), b` is two requirements.
QStringList requirementsOf(const QString& text)
{
    QStringList parts;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current.trimmed());
    return parts;
}

bool isKey(const QString& key)
{
    // [prefix/]name, as Kubernetes allows label keys (a DNS subdomain prefix, a 63-character name).
    static const QRegularExpression pattern(
        QStringLiteral("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/"
                       ")?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"));
    return pattern.match(key).hasMatch();
}

} // namespace

std::optional<LabelSelector> LabelSelector::parse(const QString& text, QString* error)
{
    static const QRegularExpression setPattern(QStringLiteral("^(\\S+)\\s+(in|notin)\\s*\\(([^()]*)\\)$"));
    static const QRegularExpression comparePattern(QStringLiteral("^([^=!\\s]+)\\s*(==|=|!=)\\s*(\\S*)$"));
    auto fail = [error](const QString& message) -> std::optional<LabelSelector> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    LabelSelector selector;
    selector.m_text = text.trimmed();
    if (text.trimmed().isEmpty())
        return selector;
    for (const QString& part : requirementsOf(text)) {
        Requirement requirement;
        if (part.isEmpty())
            return fail(tr("Empty requirement in label selector \"%1\"").arg(text));
        if (const QRegularExpressionMatch m = setPattern.match(part); m.hasMatch()) {
            requirement.key = m.captured(1);
            requirement.op
                = m.captured(2) == QLatin1String("in") ? Requirement::Operator::In : Requirement::Operator::NotIn;
            for (const QString& value : m.captured(3).split(QLatin1Char(',')))
                requirement.values.append(value.trimmed());
        } else if (const QRegularExpressionMatch m = comparePattern.match(part); m.hasMatch()) {
            requirement.key = m.captured(1);
            requirement.op = m.captured(2) == QLatin1String("!=") ? Requirement::Operator::NotEquals
                                                                  : Requirement::Operator::Equals;
            requirement.values = { m.captured(3) };
        } else if (part.startsWith(QLatin1Char('!'))) {
            requirement.key = part.mid(1).trimmed();
            requirement.op = Requirement::Operator::DoesNotExist;
        } else {
            requirement.key = part;
            requirement.op = Requirement::Operator::Exists;
        }
        if (!isKey(requirement.key))
            return fail(tr("\"%1\" is not a label key (in label selector \"%2\")").arg(requirement.key, text));
        selector.m_requirements.append(requirement);
    }
    return selector;
}

bool LabelSelector::matches(const QMap<QString, QString>& labels) const
{
    for (const Requirement& requirement : m_requirements) {
        const auto it = labels.constFind(requirement.key);
        const bool has = it != labels.cend();
        bool ok = false;
        switch (requirement.op) {
        case Requirement::Operator::Equals:
            ok = has && *it == requirement.values.value(0);
            break;
        case Requirement::Operator::NotEquals:
            ok = !has || *it != requirement.values.value(0);
            break;
        case Requirement::Operator::In:
            ok = has && requirement.values.contains(*it);
            break;
        case Requirement::Operator::NotIn:
            ok = !has || !requirement.values.contains(*it);
            break;
        case Requirement::Operator::Exists:
            ok = has;
            break;
        case Requirement::Operator::DoesNotExist:
            ok = !has;
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Atrium

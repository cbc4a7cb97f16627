#include "entityref.h"

#include <QCoreApplication>

namespace Atrium {

namespace {
QString jsonQuoted(QStringView text)
{
    QString quoted = text.toString();
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') % quoted % QLatin1Char('"');
}
} // namespace

std::optional<EntityRef> EntityRef::parse(QStringView text, QStringView defaultKind, QStringView defaultNamespace,
                                          QString* error)
{
    // Mirrors parseRefString + parseEntityRef: a slash before the first colon means the colon belongs to the name.
    auto fail = [error](QString message) -> std::optional<EntityRef> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(QStringLiteral("Entity reference must not be empty"));

    qsizetype colon = text.indexOf(QLatin1Char(':'));
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash != -1 && slash < colon)
        colon = -1;

    const bool hasKind = colon != -1;
    const bool hasNamespace = slash != -1;
    const QStringView kindPart = hasKind ? text.first(colon) : QStringView();
    const QStringView namespacePart = hasNamespace ? text.sliced(colon + 1, slash - colon - 1) : QStringView();
    const QStringView namePart = text.sliced(std::max(colon + 1, slash + 1));
    if ((hasKind && kindPart.isEmpty()) || (hasNamespace && namespacePart.isEmpty()) || namePart.isEmpty()) {
        return fail(QStringLiteral("Entity reference \"") % text.toString()
                    % QStringLiteral("\" was not on the form [<kind>:][<namespace>/]<name>"));
    }

    EntityRef ref;
    ref.kind = (hasKind ? kindPart : defaultKind).toString();
    ref.ns = (hasNamespace ? namespacePart
                           : (defaultNamespace.isEmpty() ? EntityRef::defaultNamespace() : defaultNamespace))
                 .toString();
    ref.name = namePart.toString();
    if (ref.kind.isEmpty()) {
        return fail(QStringLiteral("Entity reference ") % jsonQuoted(text)
                    % QStringLiteral(" had missing or empty kind (e.g. did not start with \"component:\" or similar)"));
    }
    return ref;
}

QString EntityRef::canonical(QStringView kind, QStringView ns, QStringView name)
{
    return kind.toString().toLower() % QLatin1Char(':') % ns.toString().toLower() % QLatin1Char('/')
        % name.toString().toLower();
}

QString EntityRef::toString() const
{
    return canonical(kind, ns.isEmpty() ? defaultNamespace() : QStringView(ns), name);
}

QString EntityRef::toDisplayString() const
{
    if (ns.isEmpty() || ns.compare(defaultNamespace(), Qt::CaseInsensitive) == 0)
        return kind.toLower() % QLatin1Char(':') % name;
    return kind.toLower() % QLatin1Char(':') % ns % QLatin1Char('/') % name;
}

} // namespace Atrium

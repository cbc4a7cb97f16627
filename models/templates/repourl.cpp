#include "repourl.h"

#include <QList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

/// application/x-www-form-urlencoded as URLSearchParams.toString() writes it: only ASCII letters, digits and
/// `*-._` stay as they are.
QString formEncoded(const QString& text)
{
    QString encoded;
    for (const char byte : text.toUtf8()) {
        const auto c = static_cast<unsigned char>(byte);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' || c == '-'
            || c == '.' || c == '_') {
            encoded.append(QLatin1Char(char(c)));
        } else if (c == ' ') {
            encoded.append(u'+');
        } else {
            encoded.append(u'%' + QString::number(c, 16).toUpper().rightJustified(2, u'0'));
        }
    }
    return encoded;
}

QString formDecoded(QString text)
{
    text.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(text.toUtf8());
}

} // namespace

RepoUrl RepoUrl::parse(const QString& answer)
{
    RepoUrl url;
    if (answer.isEmpty())
        return url;
    const qsizetype hash = answer.indexOf(u'#');
    const QString withoutFragment = hash < 0 ? answer : answer.first(hash);
    const qsizetype question = withoutFragment.indexOf(u'?');
    QString authority = question < 0 ? withoutFragment : withoutFragment.first(question);
    const qsizetype slash = authority.indexOf(u'/');
    if (slash >= 0)
        authority.truncate(slash);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0)
        authority.remove(0, at + 1);
    // URL lower-cases the host and drops the https default port.
    url.host = authority.toLower();
    if (url.host.endsWith(u":443"))
        url.host.chop(4);
    if (question < 0)
        return url;
    // searchParams.get: the first occurrence of a name wins.
    QList<std::pair<QString, QString*>> names { { u"owner"_s, &url.owner },
                                                { u"repo"_s, &url.repo },
                                                { u"organization"_s, &url.organization },
                                                { u"workspace"_s, &url.workspace },
                                                { u"project"_s, &url.project } };
    QStringList seen;
    const QStringList pairs = withoutFragment.sliced(question + 1).split(u'&', Qt::SkipEmptyParts);
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString name = formDecoded(equals < 0 ? pair : pair.first(equals));
        const QString value = equals < 0 ? QString() : formDecoded(pair.sliced(equals + 1));
        if (seen.contains(name))
            continue;
        seen.append(name);
        for (const auto& [known, target] : names) {
            if (name == known)
                *target = value;
        }
    }
    return url;
}

QString RepoUrl::toString() const
{
    if (host.isEmpty())
        return {};
    QStringList params;
    const QList<std::pair<QString, QString>> parts { { u"owner"_s, owner },
                                                     { u"repo"_s, repo },
                                                     { u"organization"_s, organization },
                                                     { u"workspace"_s, workspace },
                                                     { u"project"_s, project } };
    for (const auto& [name, value] : parts) {
        if (!value.isEmpty())
            params.append(name + u'=' + formEncoded(value));
    }
    return host + u'?' + params.join(u'&');
}

} // namespace Atrium

#include "sourcedocument.h"

#include <QList>

namespace Atrium {

namespace {

bool isMarker(QByteArrayView line, QByteArrayView marker)
{
    return line.startsWith(marker)
        && (line.size() == marker.size() || line.at(marker.size()) == ' ' || line.at(marker.size()) == '\t'
            || line.at(marker.size()) == '\r');
}

bool isDocumentStart(QByteArrayView line)
{
    return isMarker(line, "---");
}

bool isBoundary(QByteArrayView line)
{
    return isDocumentStart(line) || isMarker(line, "...");
}

bool isCommentOrBlank(QByteArrayView line)
{
    const QByteArrayView trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith('#');
}

} // namespace

QString sourceDocumentText(const QByteArray& fileBytes, int startLine)
{
    QList<QByteArrayView> lines;
    qsizetype from = 0;
    while (from <= fileBytes.size()) {
        qsizetype end = fileBytes.indexOf('\n', from);
        if (end < 0)
            end = fileBytes.size();
        lines.append(QByteArrayView(fileBytes).sliced(from, end - from));
        from = end + 1;
    }
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the newline that ends the file does not start another line
    if (startLine < 1 || startLine > lines.size())
        return {};

    qsizetype first = startLine - 1;
    if (isDocumentStart(lines.at(first))) {
        ++first; // the marker itself is not part of what is shown
    } else {
        while (first > 0 && !isBoundary(lines.at(first - 1)) && isCommentOrBlank(lines.at(first - 1)))
            --first;
    }
    qsizetype last = first;
    while (last < lines.size() && !isBoundary(lines.at(last)))
        ++last;
    while (last > first && lines.at(last - 1).trimmed().isEmpty())
        --last;
    while (first < last && lines.at(first).trimmed().isEmpty())
        ++first;

    QString text;
    for (qsizetype i = first; i < last; ++i) {
        QByteArrayView line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        text += QString::fromUtf8(line) + QLatin1Char('\n');
    }
    return text;
}

} // namespace Atrium

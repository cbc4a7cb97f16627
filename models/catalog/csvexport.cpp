#include "csvexport.h"

#include <QAbstractItemModel>

namespace Atrium {

namespace {
bool looksLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    }
    return false;
}

void appendRecord(QString& out, const QStringList& fields, CsvExport::FormulaGuard guard)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += CsvExport::field(fields.at(i), guard);
    }
    out += QLatin1String("\r\n");
}
} // namespace

QString CsvExport::field(const QString& text, FormulaGuard guard)
{
    QString value = guard == FormulaGuard::On && looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray CsvExport::write(const QStringList& header, const QList<QStringList>& rows, FormulaGuard guard)
{
    QString out;
    if (!header.isEmpty())
        appendRecord(out, header, guard);
    for (const QStringList& row : rows)
        appendRecord(out, row, guard);
    return out.toUtf8();
}

QByteArray CsvExport::writeModel(const QAbstractItemModel& model, const QList<int>& columns, FormulaGuard guard)
{
    QStringList header;
    header.reserve(columns.size());
    for (const int column : columns)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    QList<QStringList> rows;
    const int rowCount = model.rowCount();
    rows.reserve(rowCount);
    for (int row = 0; row < rowCount; ++row) {
        QStringList fields;
        fields.reserve(columns.size());
        for (const int column : columns)
            fields.append(model.index(row, column).data().toString());
        rows.append(fields);
    }
    return write(header, rows, guard);
}

} // namespace Atrium

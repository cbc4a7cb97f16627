#pragma once

#include <QPlainTextEdit>
#include <QStringList>

namespace Atrium {

struct AnsiColour;

/// A read-only log in a fixed-width font, its terminal colours drawn in colours that suit the palette. Lines
/// added at the end are appended, not redrawn, and a view scrolled to the bottom stays there, as a terminal does;
/// one scrolled up to read stays where it is.
class AnsiLogView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit AnsiLogView(QWidget* parent = nullptr);
    ~AnsiLogView() override;

    void setLines(const QStringList& lines);
    QStringList lines() const { return m_lines; }
    /// Shown in grey while there are no lines.
    void setEmptyText(const QString& text);

    /// @p colour on @p palette; invalid for the default colour.
    static QColor colourFor(const AnsiColour& colour, const QPalette& palette);

protected:
    void changeEvent(QEvent* event) override;

private:
    void appendLines(qsizetype from);
    bool isAtBottom() const;

    QStringList m_lines;
};

} // namespace Atrium

#pragma once

#include <QPlainTextEdit>

namespace Atrium {

struct TextDiff;

/// Shows a TextDiff as a unified diff, read-only in the fixed-width font: removed lines on red, added lines on green,
/// hunk headers coloured, each line keeping its -/+ so that the colours are never the only sign. Follows the palette
/// between light and dark.
class DiffTextView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit DiffTextView(QWidget* parent = nullptr);
    ~DiffTextView() override;

    void setDiff(const TextDiff& diff, const QString& oldName, const QString& newName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();
};

} // namespace Atrium

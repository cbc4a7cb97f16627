#pragma once

#include <QPlainTextEdit>

namespace Atrium {

struct ScaffoldLogEntry;

/// A run's log, read-only: one line per entry as "step  level  message", the level in its colour and words, the
/// terminal colour codes of the message removed.
class ScaffoldLogView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ScaffoldLogView(QWidget* parent = nullptr);
    ~ScaffoldLogView() override;

    void setEntries(const QList<ScaffoldLogEntry>& entries);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QList<ScaffoldLogEntry> m_entries;
};

} // namespace Atrium

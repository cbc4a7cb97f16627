#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Atrium::PreviewColours {
struct Banner;
} // namespace Atrium::PreviewColours

namespace Atrium {

/// A line above a page that says something went wrong, in the banner colours, with a button to dismiss it; as
/// KMessageWidget does, without the dependency.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Error, Warning };

    explicit MessageBar(QWidget* parent = nullptr);
    ~MessageBar() override;

    /// Shows @p text (rich text is not interpreted); hidden again by its close button or clear().
    void showMessage(Kind kind, const QString& text);
    void clear();
    QString text() const;
    QToolButton* closeButton() const { return m_close; }

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    PreviewColours::Banner colours() const;
    void applyColours();

    Kind m_kind = Kind::Warning;
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
};

} // namespace Atrium

#pragma once

#include <QWizardPage>

class QVBoxLayout;

namespace Atrium {

struct FormField;
class WizardState;

/// Every answer before anything runs, grouped by form page, each with a button back to its page. Answers are
/// masked (`ui:backstage.review.mask`, secrets, passwords) or left out (`ui:backstage.review.show: false`) as
/// Backstage's review step does.
class ReviewWizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReviewWizardPage(WizardState* state, QWidget* parent = nullptr);

    void initializePage() override;

    /// The text the review shows for @p field's @p value ("—" when there is none).
    static QString reviewText(const FormField& field, const QJsonValue& value);

Q_SIGNALS:
    /// The user wants to change an answer on form page @p pageIndex, at the field @p path.
    void editRequested(int pageIndex, const QString& path);

private:
    void rebuild();

    WizardState* m_state;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_contentLayout = nullptr;
};

} // namespace Atrium

#pragma once

#include <QJsonObject>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Atrium {

/// The form for one entry of `backends:` (docs/backends.md): a Backstage backend or a request endpoint, with the
/// rows of its type and preset. It edits a JSON mapping and leaves keys it has no field for as they were, so a hand
/// written key survives the Settings page. Tokens are references only: there is no field a token could be typed into.
class BackendEditor : public QWidget {
    Q_OBJECT
public:
    explicit BackendEditor(QWidget* parent = nullptr);
    ~BackendEditor() override;

    void setBackend(const QJsonObject& backend);
    QJsonObject backend() const;
    /// Marks the URL field when the page's validation found it wrong.
    void setUrlInvalid(bool invalid);

Q_SIGNALS:
    void edited();

private:
    enum TokenSource { NoToken, EnvironmentToken, KeychainToken };

    void buildForm();
    void updateRows();
    void setRowShown(QWidget* field, bool shown);
    void updateKeychainButton();
    void storeToken();
    void addHeaderRow(const QString& name, const QString& value);

    QJsonObject m_original;
    bool m_http = false;
    bool m_filling = false;

    QFormLayout* m_form = nullptr;
    QLabel* m_heading = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_preset = nullptr;
    QLineEdit* m_repository = nullptr;
    QLineEdit* m_eventType = nullptr;
    QLineEdit* m_apiUrl = nullptr;
    QLineEdit* m_gitlabUrl = nullptr;
    QLineEdit* m_project = nullptr;
    QLineEdit* m_ref = nullptr;
    QLineEdit* m_url = nullptr;
    QAction* m_urlWarning = nullptr;
    QComboBox* m_method = nullptr;
    QWidget* m_headersBox = nullptr;
    QTableWidget* m_headers = nullptr;
    QComboBox* m_tokenSource = nullptr;
    QLineEdit* m_tokenName = nullptr;
    QPushButton* m_storeToken = nullptr;
    QLabel* m_tokenNote = nullptr;
    QWidget* m_tokenBox = nullptr;
    QLineEdit* m_tokenHeader = nullptr;
    QLineEdit* m_tokenField = nullptr;
    QLineEdit* m_idempotencyKeyHeader = nullptr;
    QLineEdit* m_caFile = nullptr;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_refresh = nullptr;
    QCheckBox* m_catalog = nullptr;
    QCheckBox* m_templates = nullptr;
    QPlainTextEdit* m_body = nullptr;
};

} // namespace Atrium

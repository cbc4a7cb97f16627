#include "backendeditor.h"

#include "backends/secretresolver.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

// Defaults of BackendsConfigReader: a value equal to one is left out of the file, as a person would.
constexpr int kDefaultTimeout = 30;
constexpr int kDefaultRefresh = 15;
const QString kGitHubPreset = u"github-repository-dispatch"_s;
const QString kGitLabPreset = u"gitlab-pipeline-trigger"_s;

void setText(QJsonObject& object, const QString& key, const QString& text)
{
    if (text.trimmed().isEmpty())
        object.remove(key);
    else
        object.insert(key, text.trimmed());
}

QLineEdit* lineEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

BackendEditor::BackendEditor(QWidget* parent)
    : QWidget(parent)
{
    buildForm();
}

BackendEditor::~BackendEditor() = default;

void BackendEditor::buildForm()
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_name = lineEdit(this, u"name"_s);
    m_name->setPlaceholderText(tr("letters, digits, '.', '_' and '-'"));
    m_title = lineEdit(this, u"title"_s);
    m_title->setPlaceholderText(tr("Shown to people; the name when empty"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"preset"_s);
    m_preset->addItem(tr("None: a plain request"), QString());
    m_preset->addItem(tr("GitHub repository_dispatch"), kGitHubPreset);
    m_preset->addItem(tr("GitLab pipeline trigger"), kGitLabPreset);
    m_repository = lineEdit(this, u"repository"_s);
    m_repository->setPlaceholderText(tr("OWNER/NAME"));
    m_eventType = lineEdit(this, u"eventType"_s);
    m_eventType->setPlaceholderText(u"atrium-request"_s);
    m_apiUrl = lineEdit(this, u"apiUrl"_s);
    m_apiUrl->setPlaceholderText(u"https://api.github.com"_s);
    m_gitlabUrl = lineEdit(this, u"gitlabUrl"_s);
    m_gitlabUrl->setPlaceholderText(u"https://gitlab.com"_s);
    m_project = lineEdit(this, u"project"_s);
    m_project->setPlaceholderText(tr("a project id or GROUP/NAME"));
    m_ref = lineEdit(this, u"ref"_s);
    m_ref->setPlaceholderText(u"main"_s);

    m_url = lineEdit(this, u"url"_s);
    m_urlWarning = m_url->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
    m_urlWarning->setToolTip(tr("Expected an http or https URL with a host, e.g. https://backstage.example.com"));
    m_urlWarning->setVisible(false);
    m_method = new QComboBox(this);
    m_method->setObjectName(u"method"_s);
    m_method->addItems({ u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"GET"_s });

    m_headers = new QTableWidget(0, 2, this);
    m_headers->setObjectName(u"headers"_s);
    m_headers->setHorizontalHeaderLabels({ tr("Header"), tr("Value") });
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_headers->setColumnWidth(0, m_headers->fontMetrics().horizontalAdvance(u"X-Idempotency-Key"_s));
    m_headers->setFixedHeight(m_headers->horizontalHeader()->sizeHint().height()
                              + m_headers->verticalHeader()->defaultSectionSize() * 3 + 2 * m_headers->frameWidth());
    auto* addHeader = new QPushButton(tr("Add"), this);
    addHeader->setObjectName(u"addHeader"_s);
    auto* removeHeader = new QPushButton(tr("Remove"), this);
    removeHeader->setObjectName(u"removeHeader"_s);
    m_headersBox = new QWidget(this);
    auto* headerButtons = new QVBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    auto* headersLayout = new QHBoxLayout(m_headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    headersLayout->addWidget(m_headers);
    headersLayout->addLayout(headerButtons);

    m_tokenSource = new QComboBox(this);
    m_tokenSource->setObjectName(u"tokenSource"_s);
    m_tokenSource->addItem(tr("No token"), int(NoToken));
    m_tokenSource->addItem(tr("Environment variable"), int(EnvironmentToken));
    m_tokenSource->addItem(tr("System keychain"), int(KeychainToken));
    m_tokenName = lineEdit(this, u"tokenName"_s);
    m_storeToken = new QPushButton(tr("Store Token in Keychain…"), this);
    m_storeToken->setObjectName(u"storeToken"_s);
    m_tokenNote = new QLabel(this);
    // No word wrap: a height-for-width item inside this QFormLayout makes Qt 6.4's layout write past its row data
    // (valgrind, QFormLayout::setGeometry) once rows are hidden. The notes are short instead.
    m_tokenNote->setForegroundRole(QPalette::PlaceholderText);
    m_tokenBox = new QWidget(this);
    // The note may be cut short in a narrow window; its text is also its tooltip.
    m_tokenNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenSource);
    tokenRow->addWidget(m_tokenName, 1);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_tokenNote, 1);
    noteRow->addWidget(m_storeToken);
    auto* tokenLayout = new QVBoxLayout(m_tokenBox);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addLayout(tokenRow);
    tokenLayout->addLayout(noteRow);

    m_tokenHeader = lineEdit(this, u"tokenHeader"_s);
    m_tokenHeader->setPlaceholderText(tr("Authorization (as Bearer)"));
    m_tokenField = lineEdit(this, u"tokenField"_s);
    m_tokenField->setPlaceholderText(tr("a top-level field of the JSON body instead of a header"));
    m_idempotencyKeyHeader = lineEdit(this, u"idempotencyKeyHeader"_s);
    m_idempotencyKeyHeader->setPlaceholderText(tr("e.g. Idempotency-Key; empty when the endpoint takes none"));
    m_caFile = lineEdit(this, u"caFile"_s);
    m_caFile->setPlaceholderText(tr("PEM file relative to atrium.yaml; empty for the system's"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(u"timeoutSeconds"_s);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_refresh = new QSpinBox(this);
    m_refresh->setObjectName(u"refreshMinutes"_s);
    m_refresh->setRange(0, 7 * 24 * 60);
    m_refresh->setSuffix(tr(" min"));
    m_refresh->setSpecialValueText(tr("On demand only"));
    m_catalog = new QCheckBox(tr("Merge its entities into the catalog"), this);
    m_catalog->setObjectName(u"catalog"_s);
    m_templates = new QCheckBox(tr("Offer its templates in the Create gallery"), this);
    m_templates->setObjectName(u"templates"_s);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"body"_s);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlaceholderText(tr("Empty: the preset's body, or template, parameters and files as JSON"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().height() * 8);

    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_heading);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("T&itle:"), m_title);
    m_form->addRow(tr("&Preset:"), m_preset);
    m_form->addRow(tr("&Repository:"), m_repository);
    m_form->addRow(tr("&Event type:"), m_eventType);
    m_form->addRow(tr("&API URL:"), m_apiUrl);
    m_form->addRow(tr("&GitLab URL:"), m_gitlabUrl);
    m_form->addRow(tr("Pro&ject:"), m_project);
    m_form->addRow(tr("&Ref:"), m_ref);
    m_form->addRow(tr("&URL:"), m_url);
    m_form->addRow(tr("&Method:"), m_method);
    m_form->addRow(tr("&Headers:"), m_headersBox);
    m_form->addRow(tr("&Token:"), m_tokenBox);
    m_form->addRow(tr("Token &header:"), m_tokenHeader);
    m_form->addRow(tr("Token &field:"), m_tokenField);
    m_form->addRow(tr("I&dempotency key header:"), m_idempotencyKeyHeader);
    m_form->addRow(tr("&CA file:"), m_caFile);
    m_form->addRow(tr("Time&out:"), m_timeout);
    m_form->addRow(tr("Re&fresh every:"), m_refresh);
    m_form->addRow(QString(), m_catalog);
    m_form->addRow(QString(), m_templates);
    m_form->addRow(tr("&Body:"), m_body);

    auto emitEdited = [this] {
        if (!m_filling)
            Q_EMIT edited();
    };
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, emitEdited);
    connect(m_tokenName, &QLineEdit::textChanged, this, &BackendEditor::updateKeychainButton);
    for (QComboBox* box : { m_preset, m_method, m_tokenSource })
        connect(box, &QComboBox::currentIndexChanged, this, emitEdited);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &BackendEditor::updateRows);
    connect(m_tokenSource, &QComboBox::currentIndexChanged, this, &BackendEditor::updateRows);
    for (QSpinBox* box : { m_timeout, m_refresh })
        connect(box, &QSpinBox::valueChanged, this, emitEdited);
    for (QCheckBox* box : { m_catalog, m_templates })
        connect(box, &QCheckBox::toggled, this, emitEdited);
    connect(m_body, &QPlainTextEdit::textChanged, this, emitEdited);
    connect(m_headers, &QTableWidget::itemChanged, this, emitEdited);
    connect(addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow(QString(), QString());
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->currentItem());
    });
    connect(removeHeader, &QPushButton::clicked, this, [this, emitEdited] {
        if (m_headers->currentRow() >= 0) {
            m_headers->removeRow(m_headers->currentRow());
            emitEdited();
        }
    });
    connect(m_storeToken, &QPushButton::clicked, this, &BackendEditor::storeToken);
}

void BackendEditor::addHeaderRow(const QString& name, const QString& value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

void BackendEditor::setBackend(const QJsonObject& backend)
{
    m_filling = true;
    m_original = backend;
    m_http = backend.value(u"type"_s).toString() == u"http"_s;
    m_heading->setText(m_http ? tr("Request endpoint") : tr("Backstage backend"));
    m_name->setText(backend.value(u"name"_s).toString());
    m_title->setText(backend.value(u"title"_s).toString());
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(backend.value(u"preset"_s).toString())));
    m_repository->setText(backend.value(u"repository"_s).toString());
    m_eventType->setText(backend.value(u"eventType"_s).toString());
    m_apiUrl->setText(backend.value(u"apiUrl"_s).toString());
    m_gitlabUrl->setText(backend.value(u"gitlabUrl"_s).toString());
    m_project->setText(backend.value(u"project"_s).toVariant().toString());
    m_ref->setText(backend.value(u"ref"_s).toString());
    m_url->setText(backend.value(u"url"_s).toString());
    m_method->setCurrentText(backend.value(u"method"_s).toString(u"POST"_s).toUpper());
    m_headers->setRowCount(0);
    const QJsonObject headers = backend.value(u"headers"_s).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        addHeaderRow(it.key(), it.value().toVariant().toString());
    const QJsonObject token = backend.value(u"token"_s).toObject();
    if (token.contains(u"keychain"_s)) {
        m_tokenSource->setCurrentIndex(KeychainToken);
        m_tokenName->setText(token.value(u"keychain"_s).toString());
    } else if (token.contains(u"env"_s)) {
        m_tokenSource->setCurrentIndex(EnvironmentToken);
        m_tokenName->setText(token.value(u"env"_s).toString());
    } else {
        m_tokenSource->setCurrentIndex(NoToken);
        m_tokenName->clear();
    }
    m_tokenHeader->setText(backend.value(u"tokenHeader"_s).toString());
    m_tokenField->setText(backend.value(u"tokenField"_s).toString());
    m_idempotencyKeyHeader->setText(backend.value(u"idempotencyKeyHeader"_s).toString());
    m_caFile->setText(backend.value(u"caFile"_s).toString());
    m_timeout->setValue(backend.value(u"timeoutSeconds"_s).toInt(kDefaultTimeout));
    m_refresh->setValue(backend.value(u"refreshMinutes"_s).toInt(kDefaultRefresh));
    m_catalog->setChecked(backend.value(u"catalog"_s).toBool(true));
    m_templates->setChecked(backend.value(u"templates"_s).toBool(true));
    m_body->setPlainText(backend.value(u"body"_s).toString());
    updateRows();
    m_filling = false;
}

QJsonObject BackendEditor::backend() const
{
    QJsonObject object = m_original;
    setText(object, u"name"_s, m_name->text());
    object.insert(u"type"_s, m_http ? u"http"_s : u"backstage"_s);
    setText(object, u"url"_s, m_url->text());
    switch (m_tokenSource->currentIndex()) {
    case EnvironmentToken:
        object.insert(u"token"_s, QJsonObject { { u"env"_s, m_tokenName->text().trimmed() } });
        break;
    case KeychainToken:
        object.insert(u"token"_s, QJsonObject { { u"keychain"_s, m_tokenName->text().trimmed() } });
        break;
    default:
        object.remove(u"token"_s);
    }
    setText(object, u"caFile"_s, m_caFile->text());
    if (m_timeout->value() == kDefaultTimeout)
        object.remove(u"timeoutSeconds"_s);
    else
        object.insert(u"timeoutSeconds"_s, m_timeout->value());

    if (!m_http) {
        if (m_refresh->value() == kDefaultRefresh)
            object.remove(u"refreshMinutes"_s);
        else
            object.insert(u"refreshMinutes"_s, m_refresh->value());
        for (QCheckBox* box : { m_catalog, m_templates }) {
            if (box->isChecked())
                object.remove(box->objectName());
            else
                object.insert(box->objectName(), false);
        }
        return object;
    }

    setText(object, u"title"_s, m_title->text());
    const QString preset = m_preset->currentData().toString();
    setText(object, u"preset"_s, preset);
    // A preset's own keys mean nothing without it.
    for (QLineEdit* edit : { m_repository, m_eventType, m_apiUrl })
        setText(object, edit->objectName(), preset == kGitHubPreset ? edit->text() : QString());
    for (QLineEdit* edit : { m_gitlabUrl, m_project, m_ref })
        setText(object, edit->objectName(), preset == kGitLabPreset ? edit->text() : QString());
    if (m_method->currentText() == u"POST"_s)
        object.remove(u"method"_s);
    else
        object.insert(u"method"_s, m_method->currentText());
    QJsonObject headers;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, 0) ? m_headers->item(row, 0)->text().trimmed() : QString();
        if (!name.isEmpty())
            headers.insert(name, m_headers->item(row, 1) ? m_headers->item(row, 1)->text() : QString());
    }
    if (headers.isEmpty())
        object.remove(u"headers"_s);
    else
        object.insert(u"headers"_s, headers);
    setText(object, u"tokenHeader"_s, m_tokenHeader->text());
    setText(object, u"tokenField"_s, m_tokenField->text());
    setText(object, u"idempotencyKeyHeader"_s, m_idempotencyKeyHeader->text());
    // The body is kept as typed: its whitespace is part of what the endpoint receives.
    if (m_body->toPlainText().trimmed().isEmpty())
        object.remove(u"body"_s);
    else
        object.insert(u"body"_s, m_body->toPlainText());
    return object;
}

void BackendEditor::setUrlInvalid(bool invalid)
{
    m_urlWarning->setVisible(invalid);
}

void BackendEditor::setRowShown(QWidget* field, bool shown)
{
    // Not QFormLayout::setRowVisible: in Qt 6.4 it corrupts the layout's row data (valgrind: invalid writes in
    // QFormLayout::setGeometry). A row whose label and field are both hidden takes no space either.
    if (QWidget* label = m_form->labelForField(field))
        label->setVisible(shown);
    field->setVisible(shown);
}

void BackendEditor::updateRows()
{
    const QString preset = m_preset->currentData().toString();
    const bool github = m_http && preset == kGitHubPreset;
    const bool gitlab = m_http && preset == kGitLabPreset;
    for (QWidget* field : std::initializer_list<QWidget*> { m_title, m_preset, m_method, m_headersBox, m_tokenHeader,
                                                            m_tokenField, m_idempotencyKeyHeader, m_body })
        setRowShown(field, m_http);
    for (QWidget* field : { m_repository, m_eventType, m_apiUrl })
        setRowShown(field, github);
    for (QWidget* field : { m_gitlabUrl, m_project, m_ref })
        setRowShown(field, gitlab);
    for (QWidget* field : std::initializer_list<QWidget*> { m_refresh, m_catalog, m_templates })
        setRowShown(field, !m_http);
    m_url->setPlaceholderText(github       ? tr("Empty: derived from the repository")
                                  : gitlab ? tr("Empty: derived from the GitLab URL and project")
                                  : m_http ? tr("https://hooks.example.com/…")
                                           : tr("https://backstage.example.com"));

    const int source = m_tokenSource->currentIndex();
    m_tokenName->setVisible(source != NoToken);
    m_tokenName->setPlaceholderText(source == EnvironmentToken ? tr("VARIABLE_NAME") : tr("entry name"));
    m_storeToken->setVisible(source == KeychainToken);
    updateKeychainButton();
}

void BackendEditor::updateKeychainButton()
{
    const int source = m_tokenSource->currentIndex();
    const bool keychain = SecretResolver::keychainAvailable();
    m_storeToken->setEnabled(keychain && !m_tokenName->text().trimmed().isEmpty());
    if (source == KeychainToken && !keychain) {
        m_tokenNote->setText(tr("No keychain in this build: use a variable."));
        m_storeToken->setToolTip(tr("This build of Atrium has no keychain support: store the token under this name "
                                    "with your system's keychain tool, or use an environment variable."));
    } else if (source == KeychainToken) {
        m_tokenNote->setText(tr("Only the entry's name goes into atrium.yaml."));
        m_storeToken->setToolTip(tr("Stores the token in the system keychain (service \"%1\") under this name")
                                     .arg(SecretResolver::serviceName()));
    } else if (source == EnvironmentToken) {
        m_tokenNote->setText(tr("Only the variable's name goes into atrium.yaml."));
    } else {
        m_tokenNote->clear();
    }
    m_tokenNote->setToolTip(m_tokenNote->text());
    m_tokenNote->setVisible(!m_tokenNote->text().isEmpty());
}

void BackendEditor::storeToken()
{
    const QString key = m_tokenName->text().trimmed();
    bool ok = false;
    const QString token
        = QInputDialog::getText(this, tr("Store Token in Keychain"), tr("Token for keychain entry \"%1\":").arg(key),
                                QLineEdit::Password, QString(), &ok);
    if (!ok || token.isEmpty())
        return;
    m_tokenNote->setText(tr("Storing…"));
    SecretResolver::store(key, token.toUtf8(), this, [this, key](const QString& error) {
        m_tokenNote->setText(error.isEmpty() ? tr("Stored in the keychain as \"%1\".").arg(key)
                                             : tr("Could not store the token: %1").arg(error));
    });
}

} // namespace Atrium

#include "backendssettingspage.h"

#include "backendeditor.h"
#include "workspace/backendsconfig.h"
#include "workspace/backendsyaml.h"
#include "workspace/workspaceconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

enum Column { NameColumn, TypeColumn, UrlColumn, COLUMN_COUNT };

/// Where a problem of BackendsConfigReader belongs: the entry's index as its line, and column 1 when it is about the
/// URL, so the page can mark the entry and its URL field without parsing messages.
SourcePosition entryPosition(const QStringList& path)
{
    if (path.size() < 2)
        return {};
    const bool url = path.size() > 2 && path.at(2) == u"url"_s;
    return { path.at(1).toInt() + 1, url ? 1 : 0 };
}

} // namespace

BackendsSettingsPage::BackendsSettingsPage(const WorkspaceConfig& workspace, QWidget* parent)
    : QWidget(parent)
    , m_configFile(workspace.configFile)
    , m_rootDirectory(workspace.rootDirectory)
    , m_editable(workspace.source == WorkspaceConfig::Source::AtriumYaml)
    , m_backends(workspace.backends)
    , m_saved(workspace.backends)
    , m_explanation(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_addBackstage(new QPushButton(tr("Add &Backstage"), this))
    , m_addRequest(new QToolButton(this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_editor(new BackendEditor(this))
    , m_placeholder(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save to atrium.yaml"), this))
{
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    if (m_editable) {
        m_explanation->setText(tr("What Atrium sends work to, declared in <b>%1</b>. Tokens never go into that file: "
                                  "it names an environment variable or a keychain entry instead.")
                                   .arg(QDir::toNativeSeparators(m_configFile).toHtmlEscaped()));
    } else {
        // Writing an atrium.yaml for them would change what the workspace is (its catalog locations come from the
        // file that is open), so this page explains instead of guessing.
        const QString what = workspace.source == WorkspaceConfig::Source::BackstageAppConfig
            ? tr("a Backstage app config (%1)").arg(QDir::toNativeSeparators(m_configFile).toHtmlEscaped())
            : tr("a folder without atrium.yaml");
        m_explanation->setText(tr("Backends are declared in <b>atrium.yaml</b>, and this workspace is %1. Create an "
                                  "atrium.yaml that lists its catalog and backends (see docs/workspace.md and "
                                  "docs/backends.md) and open it to edit backends here.")
                                   .arg(what));
    }

    m_list->setObjectName(u"backendList"_s);
    m_list->setColumnCount(COLUMN_COUNT);
    m_list->setHeaderLabels({ tr("Name"), tr("Type"), tr("URL") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    addList();

    m_addBackstage->setObjectName(u"addBackstage"_s);
    m_addBackstage->setToolTip(tr("Add a Backstage backend: its catalog, templates and scaffolder"));
    m_addRequest->setObjectName(u"addRequest"_s);
    m_addRequest->setText(tr("Add &Endpoint"));
    m_addRequest->setToolTip(tr("Add an endpoint that receives requests: a webhook, GitHub or GitLab"));
    m_addRequest->setPopupMode(QToolButton::InstantPopup);
    m_addRequest->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* presets = new QMenu(m_addRequest);
    const std::pair<NewEntry, QString> kinds[] = {
        { NewEntry::Request, tr("Plain Request (Webhook)") },
        { NewEntry::GitHubDispatch, tr("GitHub repository_dispatch") },
        { NewEntry::GitLabTrigger, tr("GitLab Pipeline Trigger") },
    };
    const QString actionNames[] = { u"addPlainRequest"_s, u"addGitHubDispatch"_s, u"addGitLabTrigger"_s };
    for (int i = 0; i < 3; ++i) {
        QAction* action = presets->addAction(kinds[i].second, this, [this, entry = kinds[i].first] { add(entry); });
        action->setObjectName(actionNames[i]);
    }
    m_addRequest->setMenu(presets);
    // Same height as the push buttons next to it.
    m_addRequest->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_remove->setObjectName(u"removeBackend"_s);
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_up->setObjectName(u"moveUp"_s);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_up->setToolTip(tr("Move up"));
    m_down->setObjectName(u"moveDown"_s);
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_down->setToolTip(tr("Move down"));
    m_save->setObjectName(u"saveBackends"_s);
    m_save->setDefault(false);
    m_save->setAutoDefault(false);

    m_editor->setObjectName(u"backendEditor"_s);
    // At its size hint, never squeezed: the scroll area scrolls instead.
    m_editor->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(tr("Add a Backstage backend to merge its catalog and templates, or a request endpoint "
                              "that receives a template's answers."));
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addBackstage);
    listButtons->addWidget(m_addRequest);
    listButtons->addStretch();
    listButtons->addWidget(m_remove);
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    leftLayout->addLayout(listButtons);

    auto* editorArea = new QScrollArea(this);
    editorArea->setWidgetResizable(true);
    editorArea->setFrameShape(QFrame::NoFrame);
    auto* editorPane = new QWidget(editorArea);
    auto* editorLayout = new QVBoxLayout(editorPane);
    editorLayout->addWidget(m_editor);
    editorLayout->addWidget(m_placeholder, 1);
    editorLayout->addStretch();
    editorArea->setWidget(editorPane);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(editorArea);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problems);
    layout->addLayout(bottom);

    for (QWidget* widget : std::initializer_list<QWidget*> { m_list, m_addBackstage, m_addRequest, m_remove, m_up,
                                                             m_down, m_editor, m_save })
        widget->setEnabled(m_editable);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &BackendsSettingsPage::showSelected);
    connect(m_editor, &BackendEditor::edited, this, &BackendsSettingsPage::onEdited);
    connect(m_addBackstage, &QPushButton::clicked, this, [this] { add(NewEntry::Backstage); });
    connect(m_remove, &QPushButton::clicked, this, &BackendsSettingsPage::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_save, &QPushButton::clicked, this, &BackendsSettingsPage::save);

    if (!m_backends.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
    validate();
}

BackendsSettingsPage::~BackendsSettingsPage() = default;

void BackendsSettingsPage::addList()
{
    m_list->clear();
    for (int row = 0; row < m_backends.size(); ++row) {
        new QTreeWidgetItem(m_list);
        refreshRow(row);
    }
}

void BackendsSettingsPage::refreshRow(int row)
{
    QTreeWidgetItem* item = m_list->topLevelItem(row);
    const QJsonObject backend = m_backends.at(row).toObject();
    const bool http = backend.value(u"type"_s).toString() == u"http"_s;
    const QString preset = backend.value(u"preset"_s).toString();
    item->setText(NameColumn, backend.value(u"name"_s).toString());
    item->setText(TypeColumn,
                  !http                                           ? tr("Backstage")
                      : preset == u"github-repository-dispatch"_s ? tr("GitHub dispatch")
                      : preset == u"gitlab-pipeline-trigger"_s    ? tr("GitLab trigger")
                                                                  : tr("Request"));
    QString url = backend.value(u"url"_s).toString();
    if (url.isEmpty() && preset == u"github-repository-dispatch"_s)
        url = backend.value(u"repository"_s).toString();
    else if (url.isEmpty() && preset == u"gitlab-pipeline-trigger"_s)
        url = backend.value(u"project"_s).toVariant().toString();
    item->setText(UrlColumn, url);
}

int BackendsSettingsPage::selectedRow() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void BackendsSettingsPage::showSelected()
{
    const int row = selectedRow();
    m_editor->setVisible(row >= 0);
    m_placeholder->setVisible(row < 0);
    m_remove->setEnabled(m_editable && row >= 0);
    m_up->setEnabled(m_editable && row > 0);
    m_down->setEnabled(m_editable && row >= 0 && row + 1 < m_backends.size());
    if (row >= 0)
        m_editor->setBackend(m_backends.at(row).toObject());
    validate();
}

void BackendsSettingsPage::onEdited()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_backends.replace(row, m_editor->backend());
    refreshRow(row);
    m_status->clear();
    validate();
}

QString BackendsSettingsPage::uniqueName(const QString& base) const
{
    QStringList names;
    for (const QJsonValue backend : m_backends)
        names.append(backend.toObject().value(u"name"_s).toString());
    QString name = base;
    for (int i = 2; names.contains(name); ++i)
        name = base + u'-' + QString::number(i);
    return name;
}

void BackendsSettingsPage::add(NewEntry entry)
{
    QJsonObject backend;
    switch (entry) {
    case NewEntry::Backstage:
        backend = { { u"name"_s, uniqueName(u"backstage"_s) },
                    { u"type"_s, u"backstage"_s },
                    { u"url"_s, u"http://localhost:7007"_s } };
        break;
    case NewEntry::Request:
        backend = { { u"name"_s, uniqueName(u"webhook"_s) }, { u"type"_s, u"http"_s } };
        break;
    case NewEntry::GitHubDispatch:
        backend = { { u"name"_s, uniqueName(u"github-dispatch"_s) },
                    { u"type"_s, u"http"_s },
                    { u"title"_s, tr("GitHub repository_dispatch") },
                    { u"preset"_s, u"github-repository-dispatch"_s },
                    { u"eventType"_s, u"atrium-request"_s },
                    { u"token"_s, QJsonObject { { u"keychain"_s, u"github-token"_s } } } };
        break;
    case NewEntry::GitLabTrigger:
        backend = { { u"name"_s, uniqueName(u"gitlab-pipeline"_s) },
                    { u"type"_s, u"http"_s },
                    { u"title"_s, tr("GitLab pipeline") },
                    { u"preset"_s, u"gitlab-pipeline-trigger"_s },
                    { u"gitlabUrl"_s, u"https://gitlab.com"_s },
                    { u"ref"_s, u"main"_s },
                    { u"token"_s, QJsonObject { { u"env"_s, u"GITLAB_TRIGGER_TOKEN"_s } } } };
        break;
    }
    m_backends.append(backend);
    new QTreeWidgetItem(m_list);
    refreshRow(int(m_backends.size()) - 1);
    m_list->setCurrentItem(m_list->topLevelItem(int(m_backends.size()) - 1));
    m_status->clear();
    if (QWidget* name = m_editor->findChild<QWidget*>(u"name"_s))
        name->setFocus();
}

void BackendsSettingsPage::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_backends.removeAt(row);
    delete m_list->takeTopLevelItem(row);
    m_status->clear();
    showSelected();
}

void BackendsSettingsPage::move(int by)
{
    const int row = selectedRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_backends.size())
        return;
    const QJsonValue backend = m_backends.at(row);
    m_backends.removeAt(row);
    m_backends.insert(target, backend);
    refreshRow(row);
    refreshRow(target);
    m_list->setCurrentItem(m_list->topLevelItem(target));
    m_status->clear();
}

void BackendsSettingsPage::validate()
{
    static const QRegularExpression variableName(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    const BackendsConfig config = BackendsConfigReader::read(m_backends, m_configFile, m_rootDirectory, entryPosition);
    Problems problems = config.problems;
    // A token pasted where its variable's name belongs would end up in the file: refuse what cannot be a name.
    for (int row = 0; row < m_backends.size(); ++row) {
        const QString variable = m_backends.at(row).toObject().value(u"token"_s).toObject().value(u"env"_s).toString();
        if (!variable.isEmpty() && !variableName.match(variable).hasMatch())
            problems.append(Problem { m_configFile, row + 1, 0, Problem::Severity::Error, QString(),
                                      tr("%1 is not the name of an environment variable: enter the variable's "
                                         "name, never the token itself")
                                          .arg(variable) });
    }

    bool errors = false;
    bool selectedUrlInvalid = false;
    QStringList lines;
    for (const Problem& problem : problems) {
        const int row = problem.line - 1;
        const QString name = row >= 0 && row < m_backends.size()
            ? m_backends.at(row).toObject().value(u"name"_s).toString()
            : QString();
        const QString where = name.isEmpty() ? (row >= 0 ? tr("Entry %1").arg(row + 1) : QString()) : name;
        const QString text = (where.isEmpty() ? QString() : u"<b>"_s + where.toHtmlEscaped() + u"</b>: "_s)
            + problem.message.toHtmlEscaped();
        if (problem.isError()) {
            errors = true;
            lines.append(u"<span style=\"color:#c62828\">&#9888;</span> "_s + text);
        } else {
            lines.append(u"<span style=\"color:#b26a00\">&#9888;</span> "_s + text);
        }
        if (row == selectedRow() && problem.column == 1)
            selectedUrlInvalid = true;
    }
    m_editor->setUrlInvalid(selectedUrlInvalid);
    m_problems->setText(lines.join(u"<br>"_s));
    m_problems->setVisible(!lines.isEmpty());
    m_hasErrors = errors;
    m_save->setEnabled(m_editable && !errors && hasUnsavedChanges());
    m_save->setToolTip(errors ? tr("Fix the errors above to save") : QString());
}

bool BackendsSettingsPage::save()
{
    validate();
    if (!m_editable || m_hasErrors)
        return false;
    // Read now, not when the page opened: someone may have edited the rest of the file meanwhile.
    QFile current(m_configFile);
    QString text;
    if (current.exists()) {
        if (!current.open(QIODevice::ReadOnly)) {
            m_status->setText(
                tr("Could not read %1: %2").arg(QDir::toNativeSeparators(m_configFile), current.errorString()));
            return false;
        }
        text = QString::fromUtf8(current.readAll());
    }
    QSaveFile file(m_configFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(BackendsYaml::replaceBlock(text, m_backends).toUtf8()) < 0
        || !file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_configFile), file.errorString()));
        return false;
    }
    m_saved = m_backends;
    m_status->setText(tr("Saved. The workspace reloads %1.").arg(QFileInfo(m_configFile).fileName()));
    validate();
    return true;
}

} // namespace Atrium

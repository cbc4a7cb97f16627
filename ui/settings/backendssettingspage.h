#pragma once

#include <QJsonArray>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace Atrium {

class BackendEditor;
struct WorkspaceConfig;

/// The Settings page for the `backends:` of the open workspace's atrium.yaml (docs/backends.md): a list to add to,
/// remove from and reorder, the selected entry's form, the problems BackendsConfigReader finds, and Save, which
/// rewrites only the `backends:` block of the file (BackendsYaml). The workspace's file watcher reloads it.
class BackendsSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit BackendsSettingsPage(const WorkspaceConfig& workspace, QWidget* parent = nullptr);
    ~BackendsSettingsPage() override;

    QJsonArray backends() const { return m_backends; }
    bool hasUnsavedChanges() const { return m_backends != m_saved; }
    /// Writes atrium.yaml; false (with the reason shown on the page) when there are errors or the write failed.
    bool save();

    enum class NewEntry { Backstage, Request, GitHubDispatch, GitLabTrigger };
    void add(NewEntry entry);

private:
    void addList();
    void showSelected();
    void onEdited();
    void move(int by);
    void removeSelected();
    void refreshRow(int row);
    void validate();
    int selectedRow() const;
    QString uniqueName(const QString& base) const;

    QString m_configFile;
    QString m_rootDirectory;
    bool m_editable = false;
    bool m_hasErrors = false;
    QJsonArray m_backends;
    QJsonArray m_saved;

    QLabel* m_explanation = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_addBackstage = nullptr;
    QToolButton* m_addRequest = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    BackendEditor* m_editor = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace Atrium

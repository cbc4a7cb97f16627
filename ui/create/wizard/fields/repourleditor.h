#pragma once

#include "fieldeditor.h"
#include "templates/repourl.h"

class QComboBox;
class QLineEdit;

namespace Atrium {

/// Backstage's RepoUrlPicker: a host from ui:options.allowedHosts (github.com when none are given), an owner
/// (from allowedOwners when given) and a repository name (from allowedRepos when given), answered as
/// `host?owner=o&repo=r`. No answer until the user enters a part (Backstage writes `host?` straight away).
class RepoUrlEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit RepoUrlEditor(const QJsonObject& options, QWidget* parent = nullptr);
    ~RepoUrlEditor() override;

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    void setAccessibleTitle(const QString& title) override;

    QComboBox* hostInput() const { return m_host; }
    QComboBox* ownerInput() const { return m_owner; }
    QComboBox* repoInput() const { return m_repo; }

private:
    /// An editable combo box when @p allowed is empty (free text), a fixed list otherwise.
    QComboBox* createPart(const QStringList& allowed);

    QComboBox* m_host = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_repo = nullptr;
    RepoUrl m_kept; ///< parts of an answer this editor has no input for (organization, workspace, project)
    bool m_answered = false;
};

} // namespace Atrium

#pragma once

#include "scaffolder/scaffoldcomparison.h"
#include "scaffolder/scaffoldrun.h"

#include <QFutureWatcher>
#include <QWidget>

class QAbstractItemModel;
class QButtonGroup;
class QFrame;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Atrium {

class DiffTextView;
class HighlightedTextView;
class ScaffoldFileModel;
class ScaffoldLogView;

/// The template wizard's Preview page: the files a dry run produced as a tree with their status against a target
/// folder, the selected file's content (highlighted) or its changes against the file in that folder, the run's log,
/// a banner when the run stopped early, and the template's rendered output. Comparing with the folder runs off the
/// GUI thread; only the newest comparison is shown.
class ScaffoldPreviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit ScaffoldPreviewWidget(QWidget* parent = nullptr);
    ~ScaffoldPreviewWidget() override;

    void setResult(const ScaffoldResult& result);
    /// Compares the files with @p directory (again, also when it is the current one: the disk may have changed).
    void setTargetDirectory(const QString& directory);
    QString targetDirectory() const;
    void selectFile(const QString& path);
    /// The selected file's path; empty when a folder or nothing is selected.
    QString selectedFile() const;
    QAbstractItemModel* fileModel() const;

Q_SIGNALS:
    void targetDirectoryChanged(const QString& directory);
    /// The statuses (and changes) for the current files and target folder are shown.
    void comparisonFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class FileView { Content, Changes };

    void startComparison();
    void onComparisonFinished();
    void chooseTargetDirectory();
    void showSelectedFile();
    void showMessage(const QString& message);
    void updateSummary();
    void updateBanner();
    void updateOutput();
    void applyBannerStyle();

    ScaffoldResult m_result;
    ScaffoldFileModel* m_model;
    QString m_targetDirectory;
    QFutureWatcher<ScaffoldComparisonResult> m_comparison;
    bool m_targetExists = false; ///< as the newest comparison found it
    QString m_contentShownFor; ///< the path whose content the highlighted view holds
    FileView m_preferredView = FileView::Changes;
    bool m_bannerIsError = false;

    QFrame* m_banner;
    QLabel* m_bannerText;
    QLineEdit* m_targetEdit;
    QPushButton* m_chooseButton;
    QLabel* m_summary;
    QTreeView* m_tree;
    QLabel* m_fileTitle;
    QLabel* m_fileDetails;
    QToolButton* m_contentButton;
    QToolButton* m_changesButton;
    QButtonGroup* m_viewButtons;
    QStackedWidget* m_stack;
    HighlightedTextView* m_contentView;
    DiffTextView* m_diffView;
    QLabel* m_message;
    QToolButton* m_logToggle;
    ScaffoldLogView* m_logView;
    QFrame* m_output;
    QLabel* m_outputText;
};

} // namespace Atrium

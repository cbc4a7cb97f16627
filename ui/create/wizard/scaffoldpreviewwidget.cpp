#include "scaffoldpreviewwidget.h"

#include "difftextview.h"
#include "highlighting/highlightedtextview.h"
#include "previewcolours.h"
#include "scaffolder/scaffoldfilemodel.h"
#include "scaffoldfiledelegate.h"
#include "scaffoldlogview.h"

#include <QButtonGroup>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QtConcurrent>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Atrium {

namespace {

using Status = ScaffoldFileComparison::Status;

QString formattedSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

/// The step the run stopped at for a backend, as "“name” (action)".
QString backendStep(const ScaffoldResult& result)
{
    for (const ScaffoldStepResult& step : result.steps) {
        if (step.status == ScaffoldStepResult::Status::NeedsBackend)
            return ScaffoldPreviewWidget::tr("“%1” (%2)").arg(step.name.isEmpty() ? step.id : step.name, step.action);
    }
    return {};
}

/// The steps from the first one that needs a backend on, as "name (action)": what submitting would run.
QStringList stepsForTheBackend(const ScaffoldResult& result)
{
    QStringList steps;
    bool reached = false;
    for (const ScaffoldStepResult& step : result.steps) {
        reached = reached || step.status == ScaffoldStepResult::Status::NeedsBackend;
        if (reached)
            steps.append(
                ScaffoldPreviewWidget::tr("%1 (%2)").arg(step.name.isEmpty() ? step.id : step.name, step.action));
    }
    return steps;
}

} // namespace

ScaffoldPreviewWidget::ScaffoldPreviewWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new ScaffoldFileModel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_targetEdit(new QLineEdit(this))
    , m_chooseButton(new QPushButton(tr("C&hoose…"), this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_fileTitle(new QLabel(this))
    , m_fileDetails(new QLabel(this))
    , m_contentButton(new QToolButton(this))
    , m_changesButton(new QToolButton(this))
    , m_viewButtons(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_contentView(new HighlightedTextView(this))
    , m_diffView(new DiffTextView(this))
    , m_message(new QLabel(this))
    , m_logToggle(new QToolButton(this))
    , m_logView(new ScaffoldLogView(this))
    , m_output(new QFrame(this))
    , m_outputText(new QLabel(m_output))
{
    // Banner: the run failed, or stopped at a step that needs a backend.
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    bannerLayout->addWidget(m_bannerText);
    m_banner->hide();

    // Target folder row.
    auto* targetLabel = new QLabel(tr("&Target folder:"), this);
    targetLabel->setBuddy(m_targetEdit);
    m_targetEdit->setObjectName(QStringLiteral("targetDirectory"));
    m_targetEdit->setPlaceholderText(tr("Where the files will be written; choose one to compare with what is there"));
    m_targetEdit->setClearButtonEnabled(true);
    m_chooseButton->setToolTip(tr("Choose the target folder"));
    m_chooseButton->setAccessibleName(tr("Choose the target folder"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    // Leaving the field compares only when the folder changed; Return compares again in any case.
    connect(m_targetEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_targetEdit->text().trimmed() != m_targetDirectory)
            setTargetDirectory(m_targetEdit->text().trimmed());
    });
    connect(m_targetEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_targetEdit->text().trimmed() == m_targetDirectory)
            setTargetDirectory(m_targetDirectory);
    });
    connect(m_chooseButton, &QPushButton::clicked, this, &ScaffoldPreviewWidget::chooseTargetDirectory);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_targetEdit, 1);
    targetRow->addWidget(m_chooseButton);

    // The file tree.
    m_tree->setObjectName(QStringLiteral("files"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new ScaffoldFileDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAccessibleName(tr("Generated files"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ScaffoldFileModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ScaffoldFileModel::StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ScaffoldFileModel::SizeColumn, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ScaffoldPreviewWidget::showSelectedFile);

    // The selected file: title, details, Content/Changes, and the view.
    QFont titleFont = m_fileTitle->font();
    titleFont.setBold(true);
    m_fileTitle->setFont(titleFont);
    m_fileTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileDetails->setObjectName(QStringLiteral("fileDetails"));
    m_fileDetails->setWordWrap(true);
    m_contentButton->setObjectName(QStringLiteral("showContent"));
    m_changesButton->setObjectName(QStringLiteral("showChanges"));
    m_contentButton->setText(tr("C&ontent"));
    m_changesButton->setText(tr("Chan&ges"));
    m_contentButton->setToolTip(tr("The file as the template generates it"));
    m_changesButton->setToolTip(tr("What writing it would change in the target folder"));
    for (QToolButton* button : { m_contentButton, m_changesButton }) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_changesButton->setChecked(true);
    m_viewButtons->setExclusive(true);
    m_viewButtons->addButton(m_contentButton);
    m_viewButtons->addButton(m_changesButton);
    connect(m_viewButtons, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
        m_preferredView = button == m_contentButton ? FileView::Content : FileView::Changes;
        showSelectedFile();
    });
    m_contentView->setObjectName(QStringLiteral("content"));
    m_contentView->setAccessibleName(tr("Generated content"));
    m_diffView->setObjectName(QStringLiteral("changes"));
    m_diffView->setAccessibleName(tr("Changes against the target folder"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_contentView);
    m_stack->addWidget(m_diffView);
    m_stack->addWidget(m_message);

    auto* fileHeader = new QHBoxLayout;
    auto* fileHeaderText = new QVBoxLayout;
    fileHeaderText->setSpacing(2);
    fileHeaderText->addWidget(m_fileTitle);
    fileHeaderText->addWidget(m_fileDetails);
    fileHeader->addLayout(fileHeaderText, 1);
    fileHeader->addWidget(m_contentButton, 0, Qt::AlignBottom);
    fileHeader->addWidget(m_changesButton, 0, Qt::AlignBottom);
    auto* filePane = new QWidget(this);
    auto* filePaneLayout = new QVBoxLayout(filePane);
    filePaneLayout->setContentsMargins(0, 0, 0, 0);
    filePaneLayout->addLayout(fileHeader);
    filePaneLayout->addWidget(m_stack, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(filePane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    // The log, folded unless the run failed.
    m_logToggle->setObjectName(QStringLiteral("logToggle"));
    m_logToggle->setCheckable(true);
    m_logToggle->setAutoRaise(true);
    m_logToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logToggle->setArrowType(Qt::RightArrow);
    m_logView->setObjectName(QStringLiteral("log"));
    m_logView->setAccessibleName(tr("Step log"));
    m_logView->setMaximumHeight(fontMetrics().lineSpacing() * 9);
    m_logView->hide();
    connect(m_logToggle, &QToolButton::toggled, this, [this](bool open) {
        m_logToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_logView->setVisible(open);
    });

    // The template's rendered output.
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setFrameShape(QFrame::StyledPanel);
    m_outputText->setWordWrap(true);
    m_outputText->setAccessibleName(tr("Output of the template"));
    m_outputText->setTextFormat(Qt::RichText);
    m_outputText->setOpenExternalLinks(true);
    m_outputText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* outputLayout = new QVBoxLayout(m_output);
    outputLayout->setContentsMargins(12, 8, 12, 8);
    outputLayout->addWidget(m_outputText);
    m_output->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(targetRow);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_logToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_logView);
    layout->addWidget(m_output);

    connect(&m_comparison, &QFutureWatcherBase::finished, this, &ScaffoldPreviewWidget::onComparisonFinished);
    applyBannerStyle();
    showSelectedFile();
    updateSummary();
}

ScaffoldPreviewWidget::~ScaffoldPreviewWidget()
{
    // The comparison works on copies, but must not report to a widget that is gone. The field loses its focus while
    // QWidget's destructor hides the children, after the watcher is gone: it must not start a comparison then.
    m_targetEdit->disconnect(this);
    m_comparison.disconnect(this);
    m_comparison.waitForFinished();
}

void ScaffoldPreviewWidget::setResult(const ScaffoldResult& result)
{
    const QString selected = selectedFile();
    m_result = result;
    m_contentShownFor.clear();
    m_model->setFiles(m_result.files);
    m_tree->expandAll();
    QModelIndex current = m_model->indexForPath(selected);
    if (!current.isValid() && !m_result.files.isEmpty())
        current = m_model->indexForPath(m_result.files.constFirst().path);
    m_tree->setCurrentIndex(current);
    showSelectedFile();

    m_logView->setEntries(m_result.log);
    m_logToggle->setText(tr("Step &log (%1)").arg(m_result.log.size()));
    m_logToggle->setEnabled(!m_result.log.isEmpty());
    m_logToggle->setChecked(!m_result.ok() && !m_result.stoppedForBackend && !m_result.log.isEmpty());
    updateBanner();
    updateOutput();
    updateSummary();
    startComparison();
}

void ScaffoldPreviewWidget::setTargetDirectory(const QString& directory)
{
    if (m_targetEdit->text() != directory)
        m_targetEdit->setText(directory);
    const bool changed = directory != m_targetDirectory;
    m_targetDirectory = directory;
    startComparison();
    if (changed)
        Q_EMIT targetDirectoryChanged(directory);
}

QString ScaffoldPreviewWidget::targetDirectory() const
{
    return m_targetDirectory;
}

void ScaffoldPreviewWidget::selectFile(const QString& path)
{
    const QModelIndex index = m_model->indexForPath(path);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

QString ScaffoldPreviewWidget::selectedFile() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || current.data(ScaffoldFileModel::IsFolderRole).toBool())
        return {};
    return current.data(ScaffoldFileModel::PathRole).toString();
}

QAbstractItemModel* ScaffoldPreviewWidget::fileModel() const
{
    return m_model;
}

void ScaffoldPreviewWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyBannerStyle();
}

void ScaffoldPreviewWidget::startComparison()
{
    // Setting a new future drops the old one's finished signal: only the newest comparison is shown.
    m_comparison.setFuture(QtConcurrent::run([files = m_result.files, directory = m_targetDirectory] {
        return ScaffoldComparison::compare(files, directory);
    }));
}

void ScaffoldPreviewWidget::onComparisonFinished()
{
    const ScaffoldComparisonResult comparison = m_comparison.result();
    if (comparison.targetDirectory != m_targetDirectory)
        return; // a newer one is on its way
    m_targetExists = comparison.targetExists;
    m_model->setComparison(comparison);
    updateSummary();
    showSelectedFile();
    Q_EMIT comparisonFinished();
}

void ScaffoldPreviewWidget::chooseTargetDirectory()
{
    const QString start = m_targetDirectory.isEmpty() ? QDir::homePath() : m_targetDirectory;
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Choose the target folder"), start);
    if (!directory.isEmpty())
        setTargetDirectory(directory);
}

void ScaffoldPreviewWidget::showMessage(const QString& message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void ScaffoldPreviewWidget::showSelectedFile()
{
    const QString path = selectedFile();
    const ScaffoldFile* file = path.isEmpty() ? nullptr : m_model->file(path);
    const ScaffoldFileComparison* comparison = file ? m_model->comparison(path) : nullptr;
    m_contentButton->hide();
    m_changesButton->hide();
    if (!file || !comparison) {
        m_fileTitle->clear();
        m_fileDetails->clear();
        showMessage(m_result.files.isEmpty() ? tr("The template produced no files.")
                                             : tr("Select a file to see its content."));
        return;
    }

    m_fileTitle->setText(file->path);
    QStringList details { ScaffoldFileModel::statusText(comparison->status), formattedSize(file->content.size()) };
    if (file->executable)
        details.append(tr("executable"));
    if (comparison->status == Status::Blocked)
        details.append(tr("it cannot be written: %1").arg(comparison->problem));
    else if (!comparison->problem.isEmpty())
        details.append(comparison->problem);
    m_fileDetails->setText(details.join(QStringLiteral(" · ")));
    QPalette detailsPalette = palette();
    detailsPalette.setColor(QPalette::WindowText,
                            comparison->status == Status::Blocked ? PreviewColours::status(Status::Blocked, palette())
                                                                  : palette().color(QPalette::PlaceholderText));
    m_fileDetails->setPalette(detailsPalette);

    const bool binary = ScaffoldComparison::isBinary(file->content);
    const bool changed = comparison->status == Status::Changed;
    if (changed) {
        m_contentButton->show();
        m_changesButton->show();
        m_contentButton->setChecked(m_preferredView == FileView::Content);
        m_changesButton->setChecked(m_preferredView == FileView::Changes);
    }

    if (changed && m_preferredView == FileView::Changes) {
        if (binary || (comparison->existingContentKept && ScaffoldComparison::isBinary(comparison->existingContent))) {
            showMessage(tr("Binary file changed: %1 in the target folder, %2 generated.")
                            .arg(formattedSize(comparison->existingSize), formattedSize(file->content.size())));
        } else if (!comparison->existingContentKept && !comparison->problem.isEmpty()) {
            showMessage(tr("The file in the target folder is replaced, but %1.").arg(comparison->problem));
        } else if (!comparison->existingContentKept) {
            showMessage(tr("The file in the target folder (%1) is too large to compare line by line.")
                            .arg(formattedSize(comparison->existingSize)));
        } else if (comparison->diff.isEmpty()) {
            showMessage(file->executable ? tr("Only the executable bit changes: the file will become executable.")
                                         : tr("Only the executable bit changes: the file will no longer be "
                                              "executable."));
        } else {
            m_diffView->setDiff(comparison->diff, tr("%1 (in the target folder)").arg(file->path),
                                tr("%1 (generated)").arg(file->path));
            m_stack->setCurrentWidget(m_diffView);
        }
        return;
    }
    if (binary) {
        showMessage(tr("Binary file (%1); its bytes are not shown.").arg(formattedSize(file->content.size())));
        return;
    }
    if (m_contentShownFor != file->path) {
        m_contentShownFor = file->path;
        m_contentView->setText(QString::fromUtf8(file->content), file->path);
    }
    m_stack->setCurrentWidget(m_contentView);
}

void ScaffoldPreviewWidget::updateSummary()
{
    const int total = int(m_result.files.size());
    QStringList parts;
    if (m_targetDirectory.isEmpty()) {
        parts.append(tr("%n file(s); choose a target folder to compare them with what is there", nullptr, total));
    } else if (!m_targetExists) {
        parts.append(tr("%n file(s); the folder does not exist yet, so every file is new", nullptr, total));
    } else {
        const int fresh = m_model->count(Status::New);
        const int changed = m_model->count(Status::Changed);
        const int unchanged = m_model->count(Status::Unchanged);
        if (fresh > 0)
            parts.append(tr("%n new", nullptr, fresh));
        if (changed > 0)
            parts.append(tr("%n changed", nullptr, changed));
        if (unchanged > 0)
            parts.append(tr("%n unchanged", nullptr, unchanged));
    }
    if (const int blocked = m_model->count(Status::Blocked); blocked > 0)
        parts.append(tr("%n blocked", nullptr, blocked));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void ScaffoldPreviewWidget::updateBanner()
{
    if (m_result.stoppedForBackend) {
        m_bannerIsError = false;
        const QString step = backendStep(m_result);
        QString text = step.isEmpty()
            ? tr("A step needs a Backstage backend; the files up to it are shown.")
            : tr("Step %1 needs a Backstage backend; the files up to it are shown.").arg(step);
        if (const QStringList remaining = stepsForTheBackend(m_result); !remaining.isEmpty())
            text += QLatin1Char('\n') + tr("A backend would run: %1.").arg(remaining.join(QStringLiteral(", ")));
        m_bannerText->setText(text);
    } else if (m_result.cancelled) {
        m_bannerIsError = false;
        m_bannerText->setText(tr("The run was cancelled; the files made until then are shown."));
    } else if (!m_result.ok()) {
        m_bannerIsError = true;
        m_bannerText->setText(tr("The template failed: %1").arg(m_result.error));
    }
    m_banner->setVisible(m_result.stoppedForBackend || m_result.cancelled || !m_result.ok());
    m_banner->setAccessibleName(m_bannerIsError ? tr("Error") : tr("Notice"));
    applyBannerStyle();
}

void ScaffoldPreviewWidget::applyBannerStyle()
{
    const PreviewColours::Banner colours
        = m_bannerIsError ? PreviewColours::errorBanner(palette()) : PreviewColours::noticeBanner(palette());
    m_banner->setStyleSheet(QStringLiteral("QFrame#banner { background: %1; border: 1px solid %2; border-radius: 6px; }"
                                           "QFrame#banner QLabel { color: %3; background: transparent; }")
                                .arg(colours.background.name(), colours.border.name(), colours.text.name()));
}

void ScaffoldPreviewWidget::updateOutput()
{
    QStringList items;
    for (const QJsonValue& value : std::as_const(m_result.outputLinks)) {
        const QJsonObject link = value.toObject();
        const QString url = link.value(QLatin1String("url")).toString();
        const QString entityRef = link.value(QLatin1String("entityRef")).toString();
        QString title = link.value(QLatin1String("title")).toString();
        if (title.isEmpty())
            title = url.isEmpty() ? entityRef : url;
        if (!url.isEmpty())
            items.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), title.toHtmlEscaped()));
        else if (!entityRef.isEmpty())
            items.append(tr("%1: %2").arg(title.toHtmlEscaped(), entityRef.toHtmlEscaped()));
    }
    QString html;
    if (!items.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Links:"), items.join(QStringLiteral(" · ")));
    for (const QJsonValue& value : std::as_const(m_result.outputText)) {
        const QJsonObject text = value.toObject();
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(text.value(QLatin1String("title")).toString().toHtmlEscaped(),
                         text.value(QLatin1String("content"))
                             .toString()
                             .toHtmlEscaped()
                             .replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    m_outputText->setText(html);
    m_output->setVisible(!html.isEmpty());
}

} // namespace Atrium

#include "repourleditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>

namespace Atrium {

namespace {
QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue item : value.toArray()) {
        if (!item.toString().isEmpty())
            list.append(item.toString());
    }
    return list;
}
} // namespace

RepoUrlEditor::RepoUrlEditor(const QJsonObject& options, QWidget* parent)
    : FieldEditor(parent)
{
    QStringList hosts = strings(options.value(QLatin1String("allowedHosts")));
    if (hosts.isEmpty())
        hosts.append(QStringLiteral("github.com"));
    m_host = new QComboBox(this);
    m_host->addItems(hosts);
    m_owner = createPart(strings(options.value(QLatin1String("allowedOwners"))));
    m_repo = createPart(strings(options.value(QLatin1String("allowedRepos"))));

    auto* layout = new QFormLayout(this);
    layout->setContentsMargins({});
    const std::pair<QString, QComboBox*> parts[] { { tr("Host"), m_host },
                                                   { tr("Owner"), m_owner },
                                                   { tr("Repository"), m_repo } };
    for (const auto& [label, input] : parts) {
        auto* buddy = new QLabel(label, this);
        buddy->setBuddy(input);
        layout->addRow(buddy, input);
        connect(input, &QComboBox::activated, this, [this] {
            m_answered = true;
            Q_EMIT edited();
        });
        if (input->isEditable()) {
            connect(input->lineEdit(), &QLineEdit::textEdited, this, [this] {
                m_answered = true;
                Q_EMIT edited();
            });
        }
    }
}

RepoUrlEditor::~RepoUrlEditor() = default;

QComboBox* RepoUrlEditor::createPart(const QStringList& allowed)
{
    auto* combo = new QComboBox(this);
    if (allowed.isEmpty()) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
    } else {
        // Several allowed values: none is chosen for the user; one: it is the answer.
        if (allowed.size() > 1)
            combo->addItem(QString());
        combo->addItems(allowed);
    }
    return combo;
}

QJsonValue RepoUrlEditor::value() const
{
    if (!m_answered)
        return QJsonValue(QJsonValue::Undefined);
    RepoUrl url = m_kept;
    url.host = m_host->currentText().trimmed();
    url.owner = m_owner->currentText().trimmed();
    url.repo = m_repo->currentText().trimmed();
    const QString text = url.toString();
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

void RepoUrlEditor::setValue(const QJsonValue& value)
{
    m_answered = value.isString() && !value.toString().isEmpty();
    m_kept = RepoUrl::parse(value.toString());
    auto show = [](QComboBox* combo, const QString& text) {
        const QSignalBlocker blocker(combo);
        if (combo->isEditable()) {
            combo->setEditText(text);
            return;
        }
        // A value the options do not list (an older answer) is kept and shown rather than lost.
        int index = combo->findText(text);
        if (index < 0 && !text.isEmpty()) {
            combo->addItem(text);
            index = combo->count() - 1;
        }
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (combo->findText(QString()) >= 0)
            combo->setCurrentIndex(combo->findText(QString()));
    };
    if (m_answered || !m_kept.host.isEmpty())
        show(m_host, m_kept.host);
    show(m_owner, m_kept.owner);
    show(m_repo, m_kept.repo);
}

void RepoUrlEditor::setAccessibleTitle(const QString& title)
{
    setAccessibleName(title);
    m_host->setAccessibleName(tr("%1: host").arg(title));
    m_owner->setAccessibleName(tr("%1: owner").arg(title));
    m_repo->setAccessibleName(tr("%1: repository").arg(title));
}

} // namespace Atrium

#include "templatecarddelegate.h"

#include "common/kindicon.h"
#include "templates/templatelistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Atrium {

namespace {
constexpr int kMargin = 12;
constexpr int kSpacing = 4;
constexpr int kDescriptionLines = 2;

/// @p text laid out in at most @p maxLines lines of @p width, the last one elided.
QStringList wrapped(const QString& text, const QFontMetrics& metrics, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text);
    layout.setFont(QFont());
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    if (!lines.isEmpty()) {
        const qsizetype shown = std::accumulate(lines.cbegin(), lines.cend(), qsizetype(0),
                                                [](qsizetype sum, const QString& l) { return sum + l.size(); });
        if (shown < text.simplified().size() - lines.size())
            lines.last() = metrics.elidedText(lines.last() + QStringLiteral(" …"), Qt::ElideRight, width);
    }
    return lines;
}
} // namespace

TemplateCardDelegate::TemplateCardDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

TemplateCardDelegate::~TemplateCardDelegate() = default;

QSize TemplateCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return QSize(340, kMargin * 2 + metrics.height() * (2 + kDescriptionLines) + kSpacing * 3);
}

void TemplateCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QRectF card = QRectF(option.rect).adjusted(4.5, 4.5, -4.5, -4.5);
    painter->setPen(
        QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), selected ? 2 : 1));
    painter->setBrush(hovered ? palette.color(QPalette::AlternateBase) : palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 6, 6);

    const QRect content = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(option.font);
    const int iconSize = titleMetrics.height();
    painter->drawPixmap(content.left(), content.top(), KindIcon::icon(u"Template").pixmap(iconSize, iconSize));
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const QRect titleRect(content.left() + iconSize + 6, content.top(), content.width() - iconSize - 6,
                          titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(TemplateListModel::TitleRole).toString(), Qt::ElideRight,
                                              titleRect.width()));

    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::Text));
    int y = content.top() + titleMetrics.height() + kSpacing;
    for (const QString& line : wrapped(index.data(TemplateListModel::DescriptionRole).toString(), metrics,
                                       content.width(), kDescriptionLines)) {
        painter->drawText(QRect(content.left(), y, content.width(), metrics.height()), Qt::AlignLeft, line);
        y += metrics.height();
    }

    QStringList facts;
    const QString type = index.data(TemplateListModel::TypeRole).toString();
    const QString owner = index.data(TemplateListModel::OwnerRole).toString();
    if (!type.isEmpty())
        facts.append(type);
    if (!owner.isEmpty())
        facts.append(owner);
    const QString backend = index.data(TemplateListModel::BackendRole).toString();
    if (!backend.isEmpty())
        facts.prepend(tr("on %1").arg(backend));
    const QStringList tags = index.data(TemplateListModel::TagsRole).toStringList();
    if (!tags.isEmpty())
        facts.append(QLatin1Char('#') + tags.join(QStringLiteral("  #")));
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QRect factsRect(content.left(), content.bottom() - metrics.height(), content.width(), metrics.height());
    painter->drawText(factsRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(facts.join(QStringLiteral("  ·  ")), Qt::ElideRight, factsRect.width()));
    painter->restore();
}

} // namespace Atrium

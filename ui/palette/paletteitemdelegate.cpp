#include "paletteitemdelegate.h"

#include "common/kindicon.h"
#include "highlighting/highlightingtheme.h"
#include "palette/palettemodel.h"

#include <QPainter>
#include <QTextLayout>

namespace Atrium {

namespace {

constexpr int HorizontalMargin = 10;
constexpr int VerticalMargin = 7;
constexpr int LineSpacing = 2;
constexpr int Spacing = 8;
constexpr int LabelPadding = 6;

QFont smallerFont(const QFont& font)
{
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * 0.85);
    return smaller;
}

// A hue per category, so that entities, templates, pages and commands can be told apart at a glance.
QColor categoryColor(PaletteItem::Category category, const QPalette& palette)
{
    static constexpr int hues[] = { 210, 280, 140, 30 };
    // Paler and lighter on a dark base, so the label reads there too.
    const bool dark = HighlightingTheme::isDark(palette);
    return QColor::fromHsv(hues[int(category)], dark ? 110 : 200, dark ? 235 : 150);
}

// Draws @p text in @p rect, elided, with the characters at @p positions emphasised.
void drawMatchedText(QPainter* painter, const QRect& rect, const QString& text, const QList<int>& positions,
                     const QFont& font, const QColor& color, const QColor& accent)
{
    const QString shown = QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width());
    // An elided text ends in "…": matches behind it are not shown.
    const int visible = shown == text ? int(shown.size()) : int(shown.size()) - 1;
    QTextCharFormat emphasis;
    emphasis.setFontWeight(QFont::Bold);
    emphasis.setForeground(accent);
    QList<QTextLayout::FormatRange> formats;
    for (const int position : positions) {
        if (position < 0 || position >= visible)
            continue;
        if (!formats.isEmpty() && formats.last().start + formats.last().length == position)
            ++formats.last().length;
        else
            formats.append({ position, 1, emphasis });
    }
    QTextLayout layout(shown, font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(color);
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}

// Draws @p text in a rounded box at the right of @p rect and returns the box's width.
int drawLabel(QPainter* painter, const QRect& rect, const QString& text, const QFont& font, const QColor& color,
              const QColor& fill, int minimumWidth = 0)
{
    const QFontMetrics metrics(font);
    const int width = std::max(minimumWidth, metrics.horizontalAdvance(text) + 2 * LabelPadding);
    const int height = metrics.height() + 2;
    const QRect box(rect.right() - width + 1, rect.top() + (rect.height() - height) / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setFont(font);
    painter->drawText(box, Qt::AlignCenter, text);
    painter->restore();
    return width;
}

} // namespace

PaletteItemDelegate::PaletteItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

PaletteItemDelegate::~PaletteItemDelegate() = default;

void PaletteItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette& palette = opt.palette;
    // Rounded selection and hover, drawn here rather than by the style: the palette is a floating panel, and
    // square full-width bars look like a table.
    if (selected || (opt.state & QStyle::State_MouseOver)) {
        QColor fill = palette.color(QPalette::Highlight);
        if (!selected)
            fill.setAlphaF(0.12f);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(opt.rect).adjusted(1, 1, -1, -1), 5, 5);
        painter->restore();
    }

    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    // The selection colour marks matches; on a dark base it is lightened, as it is meant as a background there.
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor accent = selected                                          ? text
        : HighlightingTheme::isDark(palette) && highlight.lightness() < 128 ? highlight.lighter(170)
                                                                            : highlight;
    QColor dimmed = text;
    dimmed.setAlphaF(0.65f);
    const QFont small = smallerFont(opt.font);
    const auto category = PaletteItem::Category(index.data(PaletteModel::CategoryRole).toInt());

    QRect area = opt.rect.adjusted(HorizontalMargin, VerticalMargin, -HorizontalMargin, -VerticalMargin);

    // Entities wear their kind's badge, as in the table and on entity pages; pages and commands keep the column
    // empty so that all titles line up.
    const int iconSize = QFontMetrics(opt.font).height();
    if (category == PaletteItem::Category::Entity || category == PaletteItem::Category::Template) {
        const QString ref = index.data(PaletteModel::IdRole).toString();
        const QRect iconRect(area.left(), area.top() + (area.height() - iconSize) / 2, iconSize, iconSize);
        KindIcon::icon(QStringView(ref).left(ref.indexOf(QLatin1Char(':')))).paint(painter, iconRect);
    }
    area.setLeft(area.left() + iconSize + Spacing);

    // Right to left: category label (all as wide as the widest, so titles line up), then the shortcut.
    int labelWidth = 0;
    for (const PaletteItem::Category each : { PaletteItem::Category::Entity, PaletteItem::Category::Template,
                                              PaletteItem::Category::Page, PaletteItem::Category::Command }) {
        labelWidth = std::max(
            labelWidth, QFontMetrics(small).horizontalAdvance(PaletteModel::categoryName(each)) + 2 * LabelPadding);
    }
    QColor labelColor = selected ? text : categoryColor(category, palette);
    QColor labelFill = labelColor;
    labelFill.setAlphaF(selected ? 0.15f : 0.12f);
    drawLabel(painter, area, index.data(PaletteModel::CategoryNameRole).toString(), small, labelColor, labelFill,
              labelWidth);
    area.setRight(area.right() - labelWidth - Spacing);

    const QString shortcut = index.data(PaletteModel::ShortcutRole).toString();
    if (!shortcut.isEmpty()) {
        QColor capFill = palette.color(selected ? QPalette::Highlight : QPalette::Button);
        const int width = drawLabel(painter, area, shortcut, small, dimmed, capFill);
        area.setRight(area.right() - width - Spacing);
    }

    const QString title = index.data().toString();
    const QString subtitle = index.data(PaletteModel::SubtitleRole).toString();
    const QList<int> titleMatches = index.data(PaletteModel::TitlePositionsRole).value<QList<int>>();
    if (subtitle.isEmpty()) {
        drawMatchedText(painter, area, title, titleMatches, opt.font, text, accent);
        return;
    }
    const int titleHeight = QFontMetrics(opt.font).height();
    const QRect titleRect(area.left(), area.top(), area.width(), titleHeight);
    const QRect subtitleRect(area.left(), area.top() + titleHeight + LineSpacing, area.width(),
                             area.height() - titleHeight - LineSpacing);
    drawMatchedText(painter, titleRect, title, titleMatches, opt.font, text, accent);
    drawMatchedText(painter, subtitleRect, subtitle,
                    index.data(PaletteModel::SubtitlePositionsRole).value<QList<int>>(), small, dimmed, accent);
}

QSize PaletteItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index);
    // Every row is two lines high, with or without a subtitle: a list whose rows jump in height is hard to scan.
    const int height = QFontMetrics(option.font).height() + LineSpacing
        + QFontMetrics(smallerFont(option.font)).height() + 2 * VerticalMargin;
    return { 200, height };
}

} // namespace Atrium

#include "ansiescapes.h"

#include <algorithm>

namespace Atrium {

namespace {

constexpr char16_t escape = 0x1b;
constexpr char16_t bell = 0x07;
constexpr char16_t csi = 0x9b; // the one-character form of `ESC [`

/// Walks @p text once: runs of plain text go to @p onText, each CSI sequence to @p onCsi as its parameters and final
/// character; OSC and two-character escapes are skipped.
template <typename OnText, typename OnCsi> void scanEscapes(QStringView text, OnText onText, OnCsi onCsi)
{
    qsizetype i = 0;
    qsizetype plainStart = 0;
    const auto flush = [&](qsizetype end) {
        if (end > plainStart)
            onText(text.sliced(plainStart, end - plainStart));
    };
    const auto readCsi = [&] {
        // Parameters and intermediates (0x20–0x3f), then one final byte (0x40–0x7e).
        const qsizetype start = i;
        while (i < text.size() && text[i].unicode() >= 0x20 && text[i].unicode() <= 0x3f)
            ++i;
        const QStringView parameters = text.sliced(start, i - start);
        if (i < text.size() && text[i].unicode() >= 0x40 && text[i].unicode() <= 0x7e)
            onCsi(parameters, text[i++].unicode());
    };
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c != escape && c != csi) {
            ++i;
            continue;
        }
        flush(i);
        ++i;
        if (c == csi) {
            readCsi();
        } else if (i < text.size()) {
            const char16_t kind = text[i].unicode();
            ++i;
            if (kind == u'[') {
                readCsi();
            } else if (kind == u']') {
                while (i < text.size()) {
                    if (text[i].unicode() == bell) {
                        ++i;
                        break;
                    }
                    if (text[i].unicode() == escape && i + 1 < text.size() && text[i + 1] == u'\\') {
                        i += 2;
                        break;
                    }
                    ++i;
                }
            } else if (kind >= 0x20 && kind <= 0x2f && i < text.size()) {
                ++i; // ESC ( B and friends: one intermediate, one final
            }
            // Any other ESC x (ESC 7, ESC M…) is two characters, both gone now.
        }
        plainStart = i;
    }
    flush(text.size());
}

/// 38 and 48 take their colour from the following parameters: `5;n` or `2;r;g;b`. Moves @p i past them.
AnsiColour extendedColour(const QList<int>& codes, qsizetype& i)
{
    if (i + 2 < codes.size() && codes.at(i + 1) == 5) {
        const int index = codes.at(i + 2);
        i += 2;
        if (index >= 0 && index <= 255)
            return { AnsiColour::Kind::Palette, quint32(index) };
        return {};
    }
    if (i + 4 < codes.size() && codes.at(i + 1) == 2) {
        const auto channel
            = [&codes, i](qsizetype offset) { return quint32(std::clamp(codes.at(i + offset), 0, 255)); };
        const AnsiColour colour { AnsiColour::Kind::Rgb, channel(2) << 16 | channel(3) << 8 | channel(4) };
        i += 4;
        return colour;
    }
    i = codes.size(); // malformed: the rest of the sequence cannot be read reliably
    return {};
}

void applySgr(QStringView parameters, AnsiStyle& style)
{
    QList<int> codes;
    // ':' separates sub-parameters (38:2:r:g:b); read like ';' they give the same colours.
    qsizetype start = 0;
    for (qsizetype i = 0; i <= parameters.size(); ++i) {
        if (i == parameters.size() || parameters[i] == u';' || parameters[i] == u':') {
            codes.append(parameters.sliced(start, i - start).toInt()); // empty is 0, as SGR says
            start = i + 1;
        }
    }
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int code = codes.at(i);
        if (code == 0) {
            style = {};
        } else if (code == 1) {
            style.bold = true;
        } else if (code == 2) {
            style.faint = true;
        } else if (code == 3) {
            style.italic = true;
        } else if (code == 4) {
            style.underline = true;
        } else if (code == 22) {
            style.bold = style.faint = false;
        } else if (code == 23) {
            style.italic = false;
        } else if (code == 24) {
            style.underline = false;
        } else if (code >= 30 && code <= 37) {
            style.foreground = { AnsiColour::Kind::Palette, quint32(code - 30) };
        } else if (code == 38) {
            style.foreground = extendedColour(codes, i);
        } else if (code == 39) {
            style.foreground = {};
        } else if (code >= 40 && code <= 47) {
            style.background = { AnsiColour::Kind::Palette, quint32(code - 40) };
        } else if (code == 48) {
            style.background = extendedColour(codes, i);
        } else if (code == 49) {
            style.background = {};
        } else if (code >= 90 && code <= 97) {
            style.foreground = { AnsiColour::Kind::Palette, quint32(code - 90 + 8) };
        } else if (code >= 100 && code <= 107) {
            style.background = { AnsiColour::Kind::Palette, quint32(code - 100 + 8) };
        }
    }
}

} // namespace

QString withoutAnsiEscapes(QStringView text)
{
    if (!text.contains(QChar(escape)) && !text.contains(QChar(csi)))
        return text.toString();
    QString out;
    out.reserve(text.size());
    scanEscapes(
        text, [&out](QStringView plain) { out += plain; }, [](QStringView, char16_t) {});
    return out;
}

QList<AnsiSpan> ansiSpans(QStringView text, const AnsiStyle& initial)
{
    QList<AnsiSpan> spans;
    AnsiStyle style = initial;
    scanEscapes(
        text,
        [&](QStringView plain) {
            if (!spans.isEmpty() && spans.last().style == style)
                spans.last().text += plain;
            else
                spans.append({ plain.toString(), style });
        },
        [&style](QStringView parameters, char16_t final) {
            if (final == u'm')
                applySgr(parameters, style);
        });
    return spans;
}

} // namespace Atrium

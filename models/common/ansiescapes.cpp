#include "ansiescapes.h"

namespace Atrium {

QString withoutAnsiEscapes(QStringView text)
{
    constexpr char16_t escape = 0x1b;
    constexpr char16_t bell = 0x07;
    constexpr char16_t csi = 0x9b; // the one-character form of `ESC [`
    if (!text.contains(QChar(escape)) && !text.contains(QChar(csi)))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    const auto skipCsi = [&] {
        // Parameters and intermediates (0x20–0x3f), then one final byte (0x40–0x7e).
        while (i < text.size() && text[i].unicode() >= 0x20 && text[i].unicode() <= 0x3f)
            ++i;
        if (i < text.size() && text[i].unicode() >= 0x40 && text[i].unicode() <= 0x7e)
            ++i;
    };
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c == csi) {
            ++i;
            skipCsi();
            continue;
        }
        if (c != escape) {
            out += text[i++];
            continue;
        }
        ++i;
        if (i == text.size())
            break;
        const char16_t kind = text[i].unicode();
        ++i;
        if (kind == u'[') {
            skipCsi();
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
    return out;
}

} // namespace Atrium

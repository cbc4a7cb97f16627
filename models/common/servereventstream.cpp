#include "common/servereventstream.h"

using namespace Qt::StringLiterals;

namespace Atrium {

QList<ServerEvent> ServerEventStream::feed(const QByteArray& bytes)
{
    QList<ServerEvent> events;
    for (const char byte : bytes) {
        if (byte == '\n' && m_afterCarriageReturn) {
            m_afterCarriageReturn = false;
            continue;
        }
        m_afterCarriageReturn = byte == '\r';
        if (byte == '\r' || byte == '\n') {
            processLine(m_line, &events);
            m_line.clear();
            continue;
        }
        m_line.append(byte);
        if (m_atStart && m_line.size() == 3) {
            m_atStart = false;
            if (m_line == "\xEF\xBB\xBF")
                m_line.clear();
        }
    }
    return events;
}

void ServerEventStream::reset()
{
    m_line.clear();
    m_afterCarriageReturn = false;
    m_atStart = true;
    m_type.clear();
    m_data.clear();
    m_hasData = false;
}

void ServerEventStream::processLine(const QByteArray& line, QList<ServerEvent>* events)
{
    // A line shorter than a BOM ended before we could tell: no BOM can follow it.
    m_atStart = false;
    if (line.isEmpty()) {
        if (m_hasData) {
            ServerEvent event;
            event.id = m_lastEventId;
            if (!m_type.isEmpty())
                event.type = m_type;
            event.data = m_data;
            event.retryMs = m_retryMs;
            events->append(event);
        }
        m_type.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return; // a comment, often a keep-alive
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_type = QString::fromUtf8(value);
    } else if (field == "data") {
        if (m_hasData)
            m_data.append(u'\n');
        m_data.append(QString::fromUtf8(value));
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = !value.isEmpty();
        for (const char c : value)
            ok = ok && c >= '0' && c <= '9';
        if (ok)
            m_retryMs = value.toInt(&ok);
    }
}

} // namespace Atrium

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Atrium {

/// One event of a text/event-stream, as the WHATWG "server-sent events" spec dispatches it.
struct ServerEvent {
    QString id; ///< the stream's last event id when this event was dispatched ("" when none was ever set)
    QString type = QStringLiteral("message"); ///< the `event:` field; "message" when the frame has none
    QString data; ///< the `data:` lines joined with "\n"
    int retryMs = -1; ///< the reconnection time the stream asked for so far (`retry:`); -1 when it never did

    bool operator==(const ServerEvent&) const = default;
};

/// An incremental parser of a text/event-stream (https://html.spec.whatwg.org/multipage/server-sent-events.html).
/// Bytes arrive in chunks cut anywhere, also inside a line break (CR | LF) or a UTF-8 sequence: lines are cut on bytes
/// and decoded whole. An event is dispatched on the blank line that ends it, never before: one cut off by the end of
/// the stream is lost, as the spec wants, so that a follower asks for it again rather than acting on half of it.
class ServerEventStream {
public:
    /// Parses @p bytes and returns the events they complete, in order.
    QList<ServerEvent> feed(const QByteArray& bytes);

    /// Forgets a half-read line and event (the connection broke) but keeps the last event id and the retry time, as a
    /// reconnecting EventSource does.
    void reset();

    QString lastEventId() const { return m_lastEventId; }
    int retryMs() const { return m_retryMs; }

private:
    void processLine(const QByteArray& line, QList<ServerEvent>* events);

    QByteArray m_line; ///< the bytes of the line being read
    bool m_afterCarriageReturn = false; ///< the last byte was CR: an LF right after it ends no further line
    bool m_atStart = true; ///< a UTF-8 BOM may come first
    QString m_type;
    QString m_data;
    bool m_hasData = false;
    QString m_lastEventId;
    int m_retryMs = -1;
};

} // namespace Atrium

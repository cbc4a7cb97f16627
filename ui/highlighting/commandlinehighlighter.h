#pragma once

#include "highlightedtext.h"

#include <QCache>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QObject;

namespace Atrium {

class CommandLineHighlightJob;

/// KSyntaxHighlighting through its command-line tool, for systems where the library exists only for Qt 5 (Debian 12:
/// kate-syntax-highlighter) and cannot be linked into this Qt 6 process. Knows how to call the tool and remembers
/// recent results by content, so showing a file again costs no process. Must outlive the jobs it starts.
class CommandLineHighlighter {
public:
    explicit CommandLineHighlighter(QString program);
    ~CommandLineHighlighter();

    /// ksyntaxhighlighter6 (KF6) or else kate-syntax-highlighter (KF5) from PATH; empty when neither is there.
    static QString findProgram();
    /// The tool's command line for a text on stdin. KF5's tool needs --stdin; KF6's reads stdin when it is given
    /// no file and rejects --stdin as an unknown option.
    static QStringList arguments(const QString& program, const QString& definition, const QString& theme);
    static QByteArray cacheKey(QStringView text, QStringView definition, QStringView theme);

    QString program() const { return m_program; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    std::optional<HighlightedText> cached(const QByteArray& key) const;
    /// A job for `text`, not yet started, whose result goes into the cache under `key` before done() reaches
    /// anyone else. The caller owns it (through `parent`) and starts it after connecting.
    CommandLineHighlightJob* createJob(const QByteArray& key, const QString& text, const QString& definition,
                                       const QString& theme, QObject* parent);
    /// How many times the tool has actually been launched; a cache hit launches nothing.
    int processesStarted() const { return m_processesStarted; }

private:
    QString m_program;
    std::chrono::milliseconds m_timeout;
    QCache<QByteArray, HighlightedText> m_cache;
    int m_processesStarted = 0;
};

} // namespace Atrium

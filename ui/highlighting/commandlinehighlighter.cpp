#include "commandlinehighlighter.h"

#include "commandlinehighlightjob.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>

namespace Atrium {

namespace {
using namespace std::chrono_literals;
// The tool takes about 10 ms for a small file and a few seconds for the 2 MB that views hand it at most.
constexpr auto defaultTimeout = 20s;
// Cache cost is in KiB: enough for the colours of a few hundred ordinary files.
constexpr int cacheCapacityKiB = 32 * 1024;
} // namespace

CommandLineHighlighter::CommandLineHighlighter(QString program)
    : m_program(std::move(program))
    , m_timeout(defaultTimeout)
    , m_cache(cacheCapacityKiB)
{
}

CommandLineHighlighter::~CommandLineHighlighter() = default;

QString CommandLineHighlighter::findProgram()
{
    for (const QString& name : { QStringLiteral("ksyntaxhighlighter6"), QStringLiteral("kate-syntax-highlighter") }) {
        if (QString path = QStandardPaths::findExecutable(name); !path.isEmpty())
            return path;
    }
    return {};
}

QStringList CommandLineHighlighter::arguments(const QString& program, const QString& definition, const QString& theme)
{
    QStringList arguments;
    if (!QFileInfo(program).fileName().startsWith(QLatin1String("ksyntaxhighlighter")))
        arguments << QStringLiteral("--stdin");
    arguments << QStringLiteral("--syntax") << definition << QStringLiteral("--theme") << theme
              << QStringLiteral("--output-format") << QStringLiteral("html");
    return arguments;
}

QByteArray CommandLineHighlighter::cacheKey(QStringView text, QStringView definition, QStringView theme)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    // Lengths first, so that no two different (definition, theme) pairs can run together into the same bytes.
    for (const QStringView part : { definition, theme, text }) {
        const qint64 length = part.size();
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&length), sizeof(length)));
        hash.addData(
            QByteArrayView(reinterpret_cast<const char*>(part.data()), part.size() * qsizetype(sizeof(QChar))));
    }
    return hash.result();
}

std::optional<HighlightedText> CommandLineHighlighter::cached(const QByteArray& key) const
{
    if (const HighlightedText* found = m_cache.object(key))
        return *found;
    return std::nullopt;
}

CommandLineHighlightJob* CommandLineHighlighter::createJob(const QByteArray& key, const QString& text,
                                                           const QString& definition, const QString& theme,
                                                           QObject* parent)
{
    auto* job
        = new CommandLineHighlightJob(m_program, arguments(m_program, definition, theme), text, m_timeout, parent);
    QObject::connect(job, &CommandLineHighlightJob::processStarted, job, [this] { ++m_processesStarted; });
    // Connected first, so the cache holds the result before any caller's slot runs.
    QObject::connect(job, &CommandLineHighlightJob::done, job, [this, key](const HighlightedText& result) {
        const auto costKiB = qsizetype(result.approximateBytes() / 1024 + 1);
        m_cache.insert(key, new HighlightedText(result), costKiB);
    });
    return job;
}

} // namespace Atrium

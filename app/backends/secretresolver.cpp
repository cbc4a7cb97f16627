#include "backends/secretresolver.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#ifdef ATRIUM_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

/// Calls @p call on @p context's event loop turn, so that callers see the same order whether the answer was at hand
/// or came from the keychain.
void later(QObject* context, std::function<void()> call)
{
    QTimer::singleShot(0, context, std::move(call));
}

#ifdef ATRIUM_HAVE_KEYCHAIN
/// Headless sessions have no Secret Service: QtKeychain then says "Cannot autolaunch D-Bus without X11 $DISPLAY" or
/// reports no backend. Say what that means and what works instead.
QString keychainError(const QKeychain::Job* job, const QString& key)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return SecretResolver::tr("The keychain has no entry %1 (service %2); store the token in Settings, or use "
                                  "{env: VARIABLE} instead")
            .arg(key, SecretResolver::serviceName());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResolver::tr("The keychain refused access to %1: %2").arg(key, detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    default:
        if (!detail.contains(u"D-Bus"_s, Qt::CaseInsensitive) && !detail.contains(u"DBus"_s, Qt::CaseInsensitive)
            && !detail.contains(u"secret"_s, Qt::CaseInsensitive))
            return SecretResolver::tr("The keychain failed on %1: %2").arg(key, detail);
    }
    return SecretResolver::tr("The system keychain is unavailable (%1); set the token in an environment variable and "
                              "use {env: VARIABLE} instead of {keychain: %2}")
        .arg(detail, key);
}
#endif

} // namespace

QString SecretResolver::serviceName()
{
    return u"Atrium"_s;
}

bool SecretResolver::keychainAvailable()
{
#ifdef ATRIUM_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

std::optional<QByteArray> SecretResolver::fromEnvironment(const SecretReference& reference, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (reference.environmentVariable.isEmpty())
        return fail(tr("No environment variable is named for this token"));
    const QByteArray name = reference.environmentVariable.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return fail(tr("The environment variable %1 is not set").arg(reference.environmentVariable));
    const QByteArray value = qgetenv(name.constData());
    if (value.trimmed().isEmpty())
        return fail(tr("The environment variable %1 is empty").arg(reference.environmentVariable));
    return value.trimmed();
}

void SecretResolver::resolve(const SecretReference& reference, QObject* context, Done done)
{
    QString environmentError;
    if (std::optional<QByteArray> value = fromEnvironment(reference, &environmentError)) {
        later(context, [done = std::move(done), value = *value] { done(SecretResult { value, {} }); });
        return;
    }
    if (reference.keychainKey.isEmpty()) {
        const QString error = reference.environmentVariable.isEmpty()
            ? tr("No token is configured: use {env: VARIABLE} or {keychain: NAME}")
            : environmentError;
        later(context, [done = std::move(done), error] { done(SecretResult { {}, error }); });
        return;
    }
#ifdef ATRIUM_HAVE_KEYCHAIN
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(reference.keychainKey);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), key = reference.keychainKey](QKeychain::Job* finished) {
                         auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
                         if (read->error() != QKeychain::NoError)
                             done(SecretResult { {}, keychainError(read, key) });
                         else if (read->binaryData().isEmpty())
                             done(SecretResult { {}, tr("The keychain entry %1 is empty").arg(key) });
                         else
                             done(SecretResult { read->binaryData(), {} });
                     });
    job->start();
#else
    const QString error = tr("This build of Atrium has no keychain support (qtkeychain-qt6-dev); use {env: VARIABLE} "
                             "instead of {keychain: %1}")
                              .arg(reference.keychainKey);
    later(context, [done = std::move(done), error] { done(SecretResult { {}, error }); });
#endif
}

void SecretResolver::store(const QString& key, const QByteArray& secret, QObject* context, Finished done)
{
#ifdef ATRIUM_HAVE_KEYCHAIN
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError ? QString() : keychainError(finished, key));
    });
    job->start();
#else
    Q_UNUSED(secret)
    const QString error
        = tr("This build of Atrium has no keychain support (qtkeychain-qt6-dev); %1 cannot be stored").arg(key);
    later(context, [done = std::move(done), error] { done(error); });
#endif
}

void SecretResolver::remove(const QString& key, QObject* context, Finished done)
{
#ifdef ATRIUM_HAVE_KEYCHAIN
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job* finished) {
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : keychainError(finished, key));
    });
    job->start();
#else
    const QString error
        = tr("This build of Atrium has no keychain support (qtkeychain-qt6-dev); %1 cannot be deleted").arg(key);
    later(context, [done = std::move(done), error] { done(error); });
#endif
}

} // namespace Atrium

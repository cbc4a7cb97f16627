// SecretResolver: tokens from environment variables (always tested) and from the system keychain through QtKeychain
// (the "keychain" function, run by the tst_secretresolver_keychain entry inside a private D-Bus session with
// gnome-keyring; it skips, saying why, where no Secret Service can start).

#include "backends/secretresolver.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

SecretReference env(const QString& name, const QString& keychain = {})
{
    SecretReference reference;
    reference.environmentVariable = name;
    reference.keychainKey = keychain;
    return reference;
}

SecretResult resolveNow(const SecretReference& reference)
{
    QObject context;
    std::optional<SecretResult> result;
    SecretResolver::resolve(reference, &context, [&result](const SecretResult& found) { result = found; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    return result.value_or(SecretResult { {}, u"timed out"_s });
}

QString finishNow(const std::function<void(QObject*, SecretResolver::Finished)>& call)
{
    QObject context;
    std::optional<QString> error;
    call(&context, [&error](const QString& message) { error = message; });
    (void)QTest::qWaitFor([&error] { return error.has_value(); }, 20000);
    return error.value_or(u"timed out"_s);
}

} // namespace

class TestSecretResolver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        qputenv("ATRIUM_TEST_SECRET", "  from-env\n");
        qputenv("ATRIUM_TEST_EMPTY", "");
        qunsetenv("ATRIUM_TEST_UNSET");
    }

    void environment()
    {
        QCOMPARE(SecretResolver::fromEnvironment(env(u"ATRIUM_TEST_SECRET"_s)), std::optional(QByteArray("from-env")));
        const SecretResult result = resolveNow(env(u"ATRIUM_TEST_SECRET"_s));
        QVERIFY(result.ok());
        QCOMPARE(result.value, QByteArray("from-env"));
    }

    void environmentErrors_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unset") << u"ATRIUM_TEST_UNSET"_s << u"The environment variable ATRIUM_TEST_UNSET is not set"_s;
        QTest::newRow("empty") << u"ATRIUM_TEST_EMPTY"_s << u"The environment variable ATRIUM_TEST_EMPTY is empty"_s;
    }

    void environmentErrors()
    {
        QFETCH(QString, variable);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!SecretResolver::fromEnvironment(env(variable), &error));
        QCOMPARE(error, expected);
        const SecretResult result = resolveNow(env(variable));
        QVERIFY(!result.ok());
        QCOMPARE(result.error, expected);
        QVERIFY(result.value.isEmpty());
    }

    void nothingConfigured()
    {
        const SecretResult result = resolveNow(SecretReference());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"{env: VARIABLE}"_s), qPrintable(result.error));
    }

    void environmentBeforeKeychain()
    {
        // The variable wins without asking the keychain, which may not even exist here.
        const SecretResult result = resolveNow(env(u"ATRIUM_TEST_SECRET"_s, u"atrium-test-never-stored"_s));
        QCOMPARE(result.value, QByteArray("from-env"));
    }

    void keychain()
    {
        if (qEnvironmentVariable("ATRIUM_KEYCHAIN_TEST") != u"1"_s)
            QSKIP("Needs a Secret Service: run by the tst_secretresolver_keychain test inside dbus-run-session");
        if (!SecretResolver::keychainAvailable())
            QSKIP("This build has no QtKeychain (qtkeychain-qt6-dev)");
        const QString key = u"atrium-test-token"_s;
        const QString stored = finishNow([&key](QObject* context, SecretResolver::Finished done) {
            SecretResolver::store(key, "from-keychain", context, std::move(done));
        });
        // Whatever stops the first write (no gnome-keyring, a locked collection) means there is no usable keychain.
        if (!stored.isEmpty())
            QSKIP(qPrintable(u"No Secret Service could start here: "_s + stored));

        SecretResult result = resolveNow(env(u"ATRIUM_TEST_UNSET"_s, key));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.value, QByteArray("from-keychain"));
        result = resolveNow(env(u"ATRIUM_TEST_SECRET"_s, key));
        QCOMPARE(result.value, QByteArray("from-env"));

        QCOMPARE(finishNow([&key](QObject* context, SecretResolver::Finished done) {
                     SecretResolver::remove(key, context, std::move(done));
                 }),
                 QString());
        result = resolveNow(env({}, key));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"no entry atrium-test-token"_s), qPrintable(result.error));
        // Deleting what is not there is no error: the Settings page can always "forget" a token.
        QCOMPARE(finishNow([&key](QObject* context, SecretResolver::Finished done) {
                     SecretResolver::remove(key, context, std::move(done));
                 }),
                 QString());
    }

    void keychainWithoutSecretService()
    {
        if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") || qEnvironmentVariableIsSet("DISPLAY"))
            QSKIP("A session bus may exist here; this checks the message where none does");
        if (!SecretResolver::keychainAvailable())
            QSKIP("This build has no QtKeychain (qtkeychain-qt6-dev)");
        const SecretResult result = resolveNow(env({}, u"atrium-test-token"_s));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"keychain is unavailable"_s) && result.error.contains(u"{env: VARIABLE}"_s),
                 qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestSecretResolver)
#include "tst_secretresolver.moc"

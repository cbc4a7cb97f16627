#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace Atrium {

namespace {
QLocale localeFor(UiPreferences::Language language)
{
    const QString name = UiPreferences::localeName(language);
    return name.isEmpty() ? QLocale() : QLocale(name);
}
} // namespace

LanguageManager* LanguageManager::instance()
{
    static QPointer<LanguageManager> manager;
    if (!manager)
        manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager() = default;

void LanguageManager::removeTranslators()
{
    for (QTranslator** translator : { &m_atrium, &m_qt }) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

void LanguageManager::apply(Language language)
{
    removeTranslators();
    m_current = language;
    if (language == Language::English)
        return;
    const QLocale locale = localeFor(language);
    auto atrium = std::make_unique<QTranslator>(this);
    // For System, a locale without an Atrium translation (or English itself) simply finds no file: English stays.
    if (!atrium->load(locale, QStringLiteral("atrium"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return;
    m_atrium = atrium.release();
    QCoreApplication::installTranslator(m_atrium);
    auto qt = std::make_unique<QTranslator>(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = qt.release();
        QCoreApplication::installTranslator(m_qt);
    }
}

bool LanguageManager::isAvailable(Language language) const
{
    if (language == Language::English)
        return true;
    QTranslator probe;
    return probe.load(localeFor(language), QStringLiteral("atrium"), QStringLiteral("_"), QStringLiteral(":/i18n"));
}

} // namespace Atrium

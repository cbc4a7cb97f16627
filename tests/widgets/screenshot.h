#pragma once

#include <QDir>
#include <QTest>
#include <QWidget>

namespace WidgetTest {

/// Saves @p widget as <ATRIUM_SCREENSHOT_DIR>/<name>.png when that variable is set, so that a person can look at
/// what a widget test drew; does nothing otherwise.
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("ATRIUM_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QVERIFY(widget.grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace WidgetTest

#pragma once

class QString;
class QWidget;

namespace Atrium {

/// A page that says, centred under a large heading, what will be here: for sections whose feature comes later and
/// for pages with nothing to show yet.
QWidget* createPlaceholderPage(const QString& title, const QString& text, QWidget* parent);

} // namespace Atrium

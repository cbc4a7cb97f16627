#pragma once

#include <QLoggingCategory>

// Enable with QT_LOGGING_RULES="atrium.highlighting.debug=true" to see which engine runs and why a file stays plain.
Q_DECLARE_LOGGING_CATEGORY(lcHighlighting)

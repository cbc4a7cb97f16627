#include "highlightinglog.h"

Q_LOGGING_CATEGORY(lcHighlighting, "atrium.highlighting", QtInfoMsg)

#pragma once

#include "fieldeditor.h"

class QComboBox;

namespace Atrium {

class EntityChoiceModel;

/// Backstage's EntityPicker and OwnerPicker: an editable drop-down of the catalog's entities that completes as
/// the user types. The answer is the full ref (`kind:namespace/name`, as stringifyEntityRef writes it) of the
/// entity chosen or typed; typed text that is no ref stays as typed when arbitrary values are allowed, and gives
/// no answer (and a problem) when only catalog entities are.
class EntityPickerEditor : public FieldEditor {
    Q_OBJECT
public:
    /// @p model (not owned) holds the entities the picker offers.
    EntityPickerEditor(EntityChoiceModel* model, bool allowArbitraryValues, QWidget* parent = nullptr);
    ~EntityPickerEditor() override;

    QJsonValue value() const override;
    /// An empty answer with only one entity to offer chooses it, and the picker is locked, as Backstage's is.
    void setValue(const QJsonValue& value) override;
    QWidget* input() override;
    QString problem() const override;

private:
    EntityChoiceModel* m_model = nullptr;
    QComboBox* m_combo = nullptr;
    bool m_allowArbitraryValues = true;
};

} // namespace Atrium

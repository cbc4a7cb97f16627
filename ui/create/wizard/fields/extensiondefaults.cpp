#include "extensiondefaults.h"

namespace Atrium {

FormField ExtensionDefaults::applied(FormField field)
{
    QString title;
    QString description;
    switch (field.widget) {
    case FormField::Widget::EntityPicker:
    case FormField::Widget::MultiEntityPicker:
        title = tr("Entity");
        description = tr("An entity from the catalog");
        break;
    case FormField::Widget::OwnerPicker:
        title = tr("Owner");
        description = tr("The owner of the component");
        break;
    case FormField::Widget::EntityNamePicker:
        title = tr("Name");
        description = tr("Unique name of the component");
        break;
    case FormField::Widget::EntityTagsPicker:
        title = tr("Tags");
        description = tr("Tags separated by commas: a-z, 0-9, '+' and '#', words joined by '-', at most 63 "
                         "characters each");
        break;
    default:
        return field;
    }
    if (!field.schema.contains(QLatin1String("title")))
        field.title = title;
    if (!field.schema.contains(QLatin1String("description")))
        field.description = description;
    return field;
}

} // namespace Atrium

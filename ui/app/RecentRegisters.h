#pragma once
// The registers opened recently and the last user name, in QSettings. Only paths and names:
// never a password.

#include <QStringList>

namespace custos::ui::recent {

QStringList registers(); // most recent first, existing files only
void remember(const QString &path, const QString &user);
QString lastUser();

} // namespace custos::ui::recent

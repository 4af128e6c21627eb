#include "app/RecentRegisters.h"

#include <QFileInfo>
#include <QSettings>

namespace custos::ui::recent {

namespace {
constexpr int kMax = 8;
const QString kRegistersKey = QStringLiteral("unlock/recentRegisters");
const QString kUserKey = QStringLiteral("unlock/lastUser");
} // namespace

QStringList registers()
{
    QStringList out;
    for (const QString &p : QSettings().value(kRegistersKey).toStringList())
        if (QFileInfo::exists(p) && !out.contains(p))
            out.append(p);
    return out;
}

void remember(const QString &path, const QString &user)
{
    QSettings s;
    QStringList list = s.value(kRegistersKey).toStringList();
    const QString abs = QFileInfo(path).absoluteFilePath();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMax)
        list.removeLast();
    s.setValue(kRegistersKey, list);
    s.setValue(kUserKey, user);
}

QString lastUser()
{
    return QSettings().value(kUserKey).toString();
}

} // namespace custos::ui::recent

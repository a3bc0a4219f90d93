#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace syncdesk::ui {

// Team mode, for a viewer: keeps the admin actions greyed out, with a tooltip saying why,
// however the pages enable them as selections and states change. The database refuses a
// viewer's writes anyway; this only spares the viewer trying.
class AdminOnlyControls : public QObject
{
    Q_OBJECT

public:
    AdminOnlyControls(QString reason, QObject *parent = nullptr);

    void add(QAction *action);
    void add(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_reason;
};

} // namespace syncdesk::ui

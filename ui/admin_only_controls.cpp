#include "admin_only_controls.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace syncdesk::ui {

AdminOnlyControls::AdminOnlyControls(QString reason, QObject *parent)
    : QObject(parent)
    , m_reason(std::move(reason))
{}

void AdminOnlyControls::add(QAction *action)
{
    if (!action)
        return;
    action->setEnabled(false);
    action->setToolTip(m_reason);
    // The pages enable their actions on selection and state changes: each time, back off.
    connect(action, &QAction::enabledChanged, this, [action](bool enabled) {
        if (enabled)
            action->setEnabled(false);
    });
}

void AdminOnlyControls::add(QWidget *widget)
{
    if (!widget)
        return;
    widget->setEnabled(false);
    widget->setToolTip(m_reason);
    widget->installEventFilter(this);
}

bool AdminOnlyControls::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::EnabledChange) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isEnabled())
            widget->setEnabled(false);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace syncdesk::ui

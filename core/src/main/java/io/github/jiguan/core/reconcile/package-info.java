/**
 * 派车单与轨迹比对: reconciliation of dispatch orders (派车单) with terminal trajectories, exactly as
 * docs/reconciliation.md states it, giving the findings inspectors act on (有轨迹无订单, 超出派车时段,
 * 有订单无轨迹, 订单期间终端离线, 事后补派, 出入库时间与轨迹不符, 纸质派车, 非工作时间用车, 未按规定停放,
 * 长期不出行, 终端离线) and the offline rate (离线率).
 *
 * <p>{@link io.github.jiguan.core.reconcile.Reconciler} reconciles a batch over an
 * {@link io.github.jiguan.core.reconcile.AuditPeriod}, vehicle by vehicle (in parallel if asked);
 * {@link io.github.jiguan.core.reconcile.StreamingReconciler} takes fixes and orders in any order
 * and emits each finding once a watermark makes it final, equal to the batch after a flush.
 * {@link io.github.jiguan.core.reconcile.ReconcilePolicy} holds every threshold; each
 * {@link io.github.jiguan.core.finding.Finding} carries its evidence (the rule, the threshold,
 * the trip, the window, the distances); {@link io.github.jiguan.core.reconcile.ReconcileResult}
 * adds summaries per vehicle and agency and merges across partitions.
 *
 * <p>Null policy: parameters are non-null unless documented otherwise; an order's absent fields
 * are null as in {@link io.github.jiguan.core.fleet.DispatchOrder}. The reconciler, policies,
 * findings and results are immutable and thread-safe; the streaming reconciler is not.
 * Standards: 《党政机关公务用车管理办法》(中办发〔2017〕71号) for what is checked; rest days and night
 * hours from {@link io.github.jiguan.core.calendar.WorkCalendar} (State Council holiday notices).
 */
package io.github.jiguan.core.reconcile;

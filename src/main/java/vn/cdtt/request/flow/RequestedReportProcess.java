package vn.cdtt.request.flow;

/** Element ids and variables of {@code bpmn/requested-report.bpmn}: one report asked on request. */
public final class RequestedReportProcess {

    public static final String KEY = "RequestedReportProcess";

    /** start event "Có yêu cầu báo cáo". */
    public static final String EVENT_REQUEST_MADE = "Event_RequestMade";
    /** parallel gateway: the units answer while the compiling waits for its day. */
    public static final String GATEWAY_REQUEST_SPLIT = "Gateway_RequestSplit";
    /** user task, one per unit asked; served by {@link RequestedReportListener}. */
    public static final String TASK_SUBMIT_REQUESTED_REPORT = "Task_SubmitRequestedReport";
    /** end event "Đơn vị đã báo cáo". */
    public static final String EVENT_UNITS_ANSWERED = "Event_UnitsAnswered";
    /** timer event "Hết hạn báo cáo và đôn đốc". */
    public static final String EVENT_REQUEST_DUE = "Event_RequestDue";
    /** user task "Tổng hợp báo cáo theo yêu cầu"; served by {@link RequestCompilationListener}. */
    public static final String TASK_COMPILE_REQUESTED_REPORT = "Task_CompileRequestedReport";
    /** end event "Đã tổng hợp". */
    public static final String EVENT_REQUEST_COMPILED = "Event_RequestCompiled";

    // Process variables
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String REQUEST_ID = "requestId";
    public static final String UNIT_KEY = "unitKey";

    private RequestedReportProcess() {
    }
}

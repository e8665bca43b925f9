using Microsoft.AspNetCore.Components;

namespace WorkflowHall.Web.Components.Shared;

/// <summary>
/// A page that renders once, after its data has loaded: it loads in <see cref="OnLoadAsync"/>, and its markup may
/// take for granted that loading has finished (a null means "there is none", never "not yet").
/// </summary>
/// <remarks>
/// <see cref="ComponentBase"/> renders as soon as <c>OnInitializedAsync</c> first waits for something not
/// already done. On PostgreSQL every query does (Npgsql is truly asynchronous; SQLite's answers are mostly
/// there at once), so a server-rendered page would render before its data is there: children of that render
/// still run (a refusal sets 404 or 403 on the response) and markup reads state that is set only later.
/// </remarks>
public abstract class LoadedPage : ComponentBase
{
    public override async Task SetParametersAsync(ParameterView parameters)
    {
        // The view is valid only until the first await: take the parameters now, then run the usual lifecycle on them.
        parameters.SetParameterProperties(this);
        await OnLoadAsync();
        await base.SetParametersAsync(ParameterView.Empty);
    }

    /// <summary>Loads what the page shows; runs whenever the page's parameters are set, before the page renders.</summary>
    protected abstract Task OnLoadAsync();
}

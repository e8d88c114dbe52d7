// Error analysis of a trained Fashion-MNIST MLP: which classes it gets wrong, which it mixes up,
// and which mistakes it makes with full confidence.
//
//   dotnet pwsh ./build.ps1 Build          (once: lays out modules/FashionMnist/lib)
//   dotnet fsi scripts/analyze-errors.fsx [--model PATH] [--data PATH] [--set Test|Train] [--out PATH.html]
//
// Defaults: the model the challenge run writes (figs/model.fmlp), the official test set, and the
// page figs/error-analysis.html. Prints three tables and writes one interactive HTML page that
// works offline (plotly.js is inlined by FashionMnist.Plots).

open System
open System.IO

// The compiled library lives in the module folder that the build lays out. fsi runs this check
// before it reads the #r lines below, so a missing build gets a hint instead of error FS0078.
let libFolder = Path.GetFullPath(Path.Combine(__SOURCE_DIRECTORY__, "..", "modules", "FashionMnist", "lib"))

for dll in [ "FashionMnist.Core.dll"; "FashionMnist.Plots.dll"; "XPlot.Plotly.dll" ] do
    if not (File.Exists(Path.Combine(libFolder, dll))) then
        eprintfn "error: %s is missing from %s." dll libFolder
        eprintfn "Build the module first: dotnet pwsh ./build.ps1 Build"
        exit 1

// XPlot.Plotly comes from the same folder as FashionMnist.Plots: the very copy Plots was compiled
// against, and no NuGet restore. fsi's own FSharp.Core (10.1) is newer than the one Plots was built
// with (10.0.111), so the two assemblies bind to it without conflict.
#r "../modules/FashionMnist/lib/FashionMnist.Core.dll"
#r "../modules/FashionMnist/lib/XPlot.Plotly.dll"
#r "../modules/FashionMnist/lib/FashionMnist.Plots.dll"

open System.Globalization
open FashionMnist.Data
open FashionMnist.Evaluation
open FashionMnist.Persistence
open FashionMnist.Plots
open XPlot.Plotly

let repoRoot = Path.GetFullPath(Path.Combine(__SOURCE_DIRECTORY__, ".."))
let inv = CultureInfo.InvariantCulture

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

type Options =
    { Model: string
      Data: string option // None: the official files, searched the usual way
      Set: FashionSet
      Out: string }

type Command =
    | Run of Options
    | Help
    | Invalid of string

let usage =
    """Usage: dotnet fsi scripts/analyze-errors.fsx [--model PATH] [--data PATH] [--set Test|Train] [--out PATH.html]
  --model  a model saved by Export-Mlp (.fmlp)       default: figs/model.fmlp
  --data   a folder, an *-images-idx3-ubyte[.gz] or a .csv[.gz] file
                                                    default: the official files ($FASHION_MNIST_DIR, data/,
                                                    /usr/share/datasets/fashion-mnist)
  --set    which official pair to use from a folder  default: Test
  --out    the interactive HTML page to write        default: figs/error-analysis.html
(fsi answers --help itself; to see this text, run: dotnet fsi scripts/analyze-errors.fsx -- --help)"""

// Defaults sit in the repository (where the challenge run writes), so the script works from any folder;
// paths given on the command line are relative to the current folder, as a user expects.
let defaults =
    { Model = Path.Combine(repoRoot, "figs", "model.fmlp")
      Data = None
      Set = FashionSet.Test
      Out = Path.Combine(repoRoot, "figs", "error-analysis.html") }

let rec parse options args =
    match args with
    | [] -> Run options
    | "--" :: rest -> parse options rest // the separator that gets --help past fsi
    | ("help" | "-h" | "--help") :: _ -> Help
    | "--model" :: path :: rest -> parse { options with Model = Path.GetFullPath path } rest
    | "--data" :: path :: rest -> parse { options with Data = Some(Path.GetFullPath path) } rest
    | "--out" :: path :: rest -> parse { options with Out = Path.GetFullPath path } rest
    | "--set" :: name :: rest ->
        match name.ToLowerInvariant() with
        | "test" -> parse { options with Set = FashionSet.Test } rest
        | "train" -> parse { options with Set = FashionSet.Train } rest
        | _ -> Invalid(sprintf "--set takes Test or Train, not '%s'." name)
    | [ ("--model" | "--data" | "--out" | "--set") as flag ] -> Invalid(sprintf "%s needs a value." flag)
    | other :: _ -> Invalid(sprintf "Unknown argument '%s'." other)

// ---------------------------------------------------------------------------------------------
// What we compute from one evaluation
// ---------------------------------------------------------------------------------------------

type ClassReport =
    { Name: string
      Precision: float
      Recall: float
      F1: float
      Support: int }

type Mistake =
    { Index: int
      Actual: int
      Predicted: int
      PPredicted: float // what the model gave its (wrong) answer
      PActual: float } // what it gave the right answer

let classCount = ClassNames.Count

/// Precision, recall and F1 come from the core's ConfusionMatrix, so the script agrees with the rest of the toolkit.
let classReports (matrix: ConfusionMatrix) =
    [ for c in 0 .. classCount - 1 ->
          { Name = ClassNames.Of c
            Precision = matrix.Precision c
            Recall = matrix.Recall c
            F1 = matrix.F1 c
            Support = matrix.ActualCount c } ]

/// Probability row i holds the 10 softmax outputs of image i.
let probability (evaluation: ModelEvaluation) image cls =
    float evaluation.Probabilities[image * classCount + cls]

/// The errors the model was surest about: these are often mislabelled images or truly ambiguous ones.
let mostConfidentMistakes (evaluation: ModelEvaluation) count =
    evaluation.ErrorIndices()
    |> Array.map (fun i ->
        let actual = evaluation.Data.Label i
        let predicted = evaluation.Predictions[i]
        { Index = i
          Actual = actual
          Predicted = predicted
          PPredicted = probability evaluation i predicted
          PActual = probability evaluation i actual })
    |> Array.sortByDescending (fun m -> m.PPredicted)
    |> Array.truncate count

/// The probability of the predicted class (the model's confidence), split by right and wrong answers.
let confidences (evaluation: ModelEvaluation) =
    let confidence i = probability evaluation i evaluation.Predictions[i]
    let isRight i = evaluation.Predictions[i] = evaluation.Data.Label i
    let right, wrong = Array.init evaluation.Count id |> Array.partition isRight
    Array.map confidence right, Array.map confidence wrong

// ---------------------------------------------------------------------------------------------
// Console tables
// ---------------------------------------------------------------------------------------------

let f3 (x: float) = x.ToString("F3", inv)
let percent (x: float) = (100.0 * x).ToString("F1", inv) + "%"

// The longest class name ("T-shirt/top") sets the width of the name columns; the class table also
// has a "Macro average" row.
let nameWidth = ClassNames.All |> Seq.map String.length |> Seq.max
let macroLabel = "Macro average"

let printClassTable (reports: ClassReport list) =
    let width = max nameWidth macroLabel.Length
    printfn "%-*s  %9s  %6s  %6s  %7s" width "Class" "Precision" "Recall" "F1" "Support"
    for r in reports do
        printfn "%-*s  %9s  %6s  %6s  %7d" width r.Name (f3 r.Precision) (f3 r.Recall) (f3 r.F1) r.Support
    // The macro average weighs every class the same, however many images it has.
    let mean select = reports |> List.averageBy select
    printfn "%-*s  %9s  %6s  %6s  %7d" width macroLabel
        (f3 (mean _.Precision)) (f3 (mean _.Recall)) (f3 (mean _.F1)) (reports |> List.sumBy _.Support)

let printConfusedPairs (matrix: ConfusionMatrix) (pairs: ConfusedPair seq) =
    printfn "%-*s     %-*s  %5s  %s" nameWidth "True" nameWidth "Predicted" "Count" "Share of the true class"
    for p in pairs do
        let share = float p.Count / float (matrix.ActualCount p.Actual)
        printfn "%-*s  →  %-*s  %5d  %6s" nameWidth p.ActualName nameWidth p.PredictedName p.Count (percent share)

let printMistakes (mistakes: Mistake[]) =
    printfn "%6s  %-*s  %-*s  %11s  %11s" "Image" nameWidth "True" nameWidth "Predicted" "P(predicted)" "P(true)"
    for m in mistakes do
        printfn "%6d  %-*s  %-*s  %11s  %11s" m.Index nameWidth (ClassNames.Of m.Actual) nameWidth (ClassNames.Of m.Predicted)
            (m.PPredicted.ToString("F4", inv)) (m.PActual.ToString("F4", inv))

// ---------------------------------------------------------------------------------------------
// Interactive charts (XPlot.Plotly)
// ---------------------------------------------------------------------------------------------

let chartWidth = 1000

// XPlot's With* methods change the chart in place. A fixed id keeps the page reproducible and the
// three charts apart (the confusion chart from FashionMnist.Plots already uses the id "confusion").
let sized id height (chart: PlotlyChart) =
    chart.WithId id
    chart.WithSize(chartWidth, height)
    chart

/// Precision, recall and F1 side by side per class; F1 is also written on its bars.
let metricsChart title (reports: ClassReport list) =
    let names = reports |> List.map _.Name
    let bars name (values: float list) =
        Bar(x = names, y = (values |> List.map (fun v -> Math.Round(v, 4))), name = name)
    let f1 = bars "F1" (reports |> List.map _.F1)
    f1.text <- reports |> List.map (fun r -> f3 r.F1)
    let layout =
        Layout(
            title = title,
            barmode = "group",
            xaxis = Xaxis(title = "Class"),
            yaxis = Yaxis(title = "Score", range = [ 0.0; 1.1 ])
        )
    [ bars "Precision" (reports |> List.map _.Precision); bars "Recall" (reports |> List.map _.Recall); f1 ]
    |> Chart.Plot
    |> Chart.WithLayout layout
    |> sized "metrics" 560

/// Two overlaid histograms, each in percent of its own group, so the small group of errors stays visible.
let confidenceChart (right: float[], wrong: float[]) =
    let histogram name color (values: float[]) =
        Histogram(
            x = values,
            name = sprintf "%s (%d)" name values.Length,
            histnorm = "percent",
            opacity = 0.65,
            marker = Marker(color = color),
            xbins = Xbins(start = 0.0, ``end`` = 1.0, size = 0.025),
            autobinx = false
        )
    let layout =
        Layout(
            title = "Confidence (probability of the predicted class): right vs wrong",
            barmode = "overlay",
            xaxis = Xaxis(title = "Probability of the predicted class", range = [ 0.0; 1.0 ]),
            yaxis = Yaxis(title = "% of the group")
        )
    [ histogram "Right" "#2ca02c" right; histogram "Wrong" "#d62728" wrong ]
    |> Chart.Plot
    |> Chart.WithLayout layout
    |> sized "confidence" 520

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

let loadData options =
    match options.Data with
    | Some path -> FashionData.Load(path, options.Set, null)
    // Search the repository's data/ folder, not the current folder's, like the defaults above.
    | None -> FashionData.Load(null, options.Set, [| Path.Combine(repoRoot, "data") |])

let analyze options =
    // The most likely slip is running before any model was trained: say how to get one.
    if not (File.Exists options.Model) then
        eprintfn "error: no model at %s." options.Model
        eprintfn "Train one with the challenge run (dotnet pwsh ./build.ps1 Challenge, which writes figs/model.fmlp),"
        eprintfn "or save one with Export-Mlp and pass it with --model PATH."
        exit 1
    let saved = ModelFile.Load options.Model
    // The tables index probabilities by the 10 Fashion-MNIST classes; another output width would misread them.
    if saved.Model.Classes <> classCount then
        eprintfn "error: %s has %d outputs; a Fashion-MNIST model has %d." saved.Path saved.Model.Classes classCount
        exit 1
    let data = loadData options
    // An official set goes by its name (Test, Train); any other data by its file name.
    let setName =
        match options.Data with
        | Some _ -> Path.GetFileName data.Source
        | None -> string options.Set
    let evaluation = ModelEvaluation.Of(saved.Model, data, setName)
    let matrix = evaluation.Confusion
    let reports = classReports matrix

    printfn "Model: %s (%O)" saved.Path saved.Model
    printfn "Data:  %O" data
    printfn "Accuracy %s on %d images (%d errors), loss %s"
        (percent evaluation.Accuracy) evaluation.Count (evaluation.Count - matrix.Correct) (evaluation.Loss.ToString("F4", inv))
    printfn ""
    printfn "Per-class precision, recall and F1"
    printClassTable reports
    printfn ""
    printfn "Most-confused pairs (top 5)"
    printConfusedPairs matrix (matrix.MostConfused 5)
    printfn ""
    printfn "Most confident mistakes (top 10)"
    printMistakes (mostConfidentMistakes evaluation 10)

    let title =
        sprintf "Per-class precision, recall and F1 — %s, %d images, accuracy %s"
            setName evaluation.Count (percent evaluation.Accuracy)
    let charts =
        [ metricsChart title reports
          InteractiveCharts.ConfusionChart matrix
          confidenceChart (confidences evaluation) ]
    OfflineHtml.Save(charts, options.Out, "Fashion-MNIST error analysis")
    printfn ""
    printfn "Wrote %s" options.Out

// fsi passes the script path first; the options follow it.
let arguments = fsi.CommandLineArgs |> Array.toList |> List.tail

match parse defaults arguments with
| Help -> printfn "%s" usage
| Invalid message ->
    eprintfn "error: %s" message
    eprintfn "%s" usage
    exit 2
| Run options ->
    // The core reports bad input with one exception type per kind, each naming the file and what was expected.
    try
        analyze options
    with
    | :? ModelFormatException as e -> eprintfn "error: %s" e.Message; exit 1
    | :? FashionDataException as e -> eprintfn "error: %s" e.Message; exit 1
    | :? ArgumentException as e -> eprintfn "error: %s" e.Message; exit 1
    | :? IOException as e -> eprintfn "error: %s" e.Message; exit 1

{{/*
The chart's name, cut to 63 characters: Kubernetes names are DNS labels.
*/}}
{{- define "${{ values.name }}.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The release's full name: the release name alone when it already contains the chart's name.
*/}}
{{- define "${{ values.name }}.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Labels on every object.
*/}}
{{- define "${{ values.name }}.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "${{ values.name }}.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
brightwater.example/team: ${{ values.team }}
{{- end }}

{{/*
Labels the Deployment selects its pods by; they must never change after the first install.
*/}}
{{- define "${{ values.name }}.selectorLabels" -}}
app.kubernetes.io/name: {{ include "${{ values.name }}.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}
